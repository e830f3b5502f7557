# complex: construction, repr, arithmetic, ==, abs, conjugate, parsing, errors.
vals = [1j, -1j, 1 + 2j, -1 - 2j, complex(1, 0), complex(-0.0, -1), complex(0, 0), complex(-0.0, 0), 0j, -0j,
        complex(1.5, -2.5), complex(1e16, 1e-7), complex(float('inf'), float('nan')), complex(0, float('inf')),
        complex(2, -0.0), 3.25j]
for z in vals:
    print(repr(z), str(z), z.real, z.imag, z.conjugate())
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, b ** 0, a ** 0.5, abs(b), -a, +a, a == 1 + 2j, a != b)
print(a + 1, 1 + a, a * 2, 2.5 * a, a / 2, 1 / a, a - 1.5, 2 ** a, a ** b, 1j ** 2, 1j * 1j, (1 + 1j) ** 10)
print(complex(1, 2) == complex(1.0, 2.0), 1j == 1j, 1 == complex(1, 0), complex(1, 0) == 1.0, 2 ** 70 == complex(2 ** 70, 0))
print(complex(), complex(5), complex(2.5), complex(1, 2), complex(1j, 1j), complex('1+2j'), complex(' (3-4j) '),
      complex('j'), complex('-j'), complex('2.5'), complex('1e3j'), complex('-1.5e-3+2J'), complex('inf-infj'),
      complex(real=1, imag=2), complex(True, False))
print(abs(3 + 4j), abs(-5j), abs(complex(float('inf'), 1)), bool(0j), bool(1j), hash(1j), hash(1 + 2j), hash(complex(3, 0)) == hash(3))
for expr in ['1j / 0', '1j // 1', '1j % 1', 'divmod(1j, 1)', '1j < 2j', 'int(1j)', 'float(1j)', '0j ** -1',
             'complex("1+2j+")', 'complex("")', 'complex("j1")', 'complex(1, "2")', 'complex("1", 2)', '(1 + 1j) / 0.0']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
z = 1 + 1j
z += 1
z *= 1j
z /= 2
z -= 1j
print(z, type(z).__name__, isinstance(z, complex))
print(hash(1.5 + 2.5j), hash(1e300 + 1e300j), hash(-1.5 - 2.5j), hash(complex(-1, 0)), {1.5 + 2.5j: 1}[1.5 + 2.5j])
print(complex(2, -0.0), complex(-0.0, -0.0), complex(1j, 1j), complex(2j, -0.0), complex(1 + 2j, 3), complex('1_0+2_0j'))
