# round(): half-even to int, and to n digits using the exact decimal value (as CPython).
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999999999999, 1e16 + 2, 2.675, 0.125, 0.375, 1.005,
          123.456, -123.456, 1e300, 5e-324, 0.0, -0.0, 7.0]:
    print(x, round(x), round(x, 0), round(x, 1), round(x, 2), round(x, -1), round(x, -2), type(round(x)))
print(round(2.675, 2), round(1.0005, 3), round(0.285, 2), round(1234.5678, -2), round(-0.5, 0), round(0.05, 1))
print(round(1.23456789e-10, 15), round(1e20, -19), round(5e15 + 0.5), round(4.5), round(-4.5), round(12345.0, -6))
print(round(1.5, None), round(2.5, 400), round(2.5, -400), round(1.7976931348623157e308, -300))
for x in [float('inf'), float('-inf'), float('nan')]:
    print(round(x, 2))
    try:
        round(x)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(1.7976931348623157e308, -308) if False else 'skip')
