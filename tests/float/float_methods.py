# float methods and attributes: is_integer, as_integer_ratio, hex, fromhex, real, imag, conjugate.
for v in [0.0, -0.0, 1.0, 0.5, -2.75, 0.1, 1e300, 5e-324, 2.0 ** 60, 3.5e-10, 123456.789]:
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex(), v.real, v.imag, v.conjugate())
print(float('inf').is_integer(), float('nan').is_integer(), float('inf').hex(), float('-inf').hex(), float('nan').hex())
for bad in [float('inf'), float('nan')]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for s in ['0x1.8p1', '-0x1p-1074', '0x1.fffffffffffffp+1023', '1', '0x.8', 'inf', '-infinity', '0x10', '  0x1p3  ',
          '0x1.000000000000080p0', '0x1.000000000000081p0', '0x3p-1076']:
    print(s, float.fromhex(s))
for s in ['x', '0x', '0x1p', '0x1.8p1000000']:
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(float.fromhex((0.1).hex()) == 0.1, float.fromhex((1e300).hex()) == 1e300)
