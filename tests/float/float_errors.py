# Error cases of number methods and constructors, with CPython's messages.
tests = ["round(1.5, 'a')", "(1).to_bytes(-1, 'big')", "int.from_bytes('abc', 'big')", "float.fromhex(1)", "int('')", "float('')",
         "int(b'1', 2.5)", "int('1', base='2')", "complex('')", "complex(None)", "complex(1, None)",
         "1.5 .real.real", "(2**100).bit_length()", "int.from_bytes(b'\\x00\\x01', byteorder='little')", "float('1e')",
         "pow(2, 1.5, 3)", "pow(2.0, 2, 3)", "divmod(1.5, 0)", "2 ** 1.5j", "int('1' * 30, 36)", "int('9'*10, 8)",
         "(-5).__round__(-1)", "round(-5, -1)", "round(5.5)", "round(-0.5)", "round(0.5, 0)", "abs(-0.0)", "-(-0.0)"]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '->', type(e).__name__, e)
