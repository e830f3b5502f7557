# Float arithmetic with CPython's semantics: // % divmod signs and zeros, ** special cases,
# mixing with ints (also big ones), and errors.
vals = [7.5, -7.5, 2.0, -2.0, 0.0, -0.0, 1e300, 3, -3, float('inf'), float('-inf')]
for a in vals:
    row = []
    for b in [2.0, -2.0, 0.3, -0.3, 3, float('inf'), float('-inf')]:
        try:
            row.append((a // b, a % b, divmod(a, b)))
        except ZeroDivisionError as e:
            row.append(str(e))
    print(a, row)
print(0.0 % 5, -0.0 % 5, 0.0 % -5, 5 % -0.5, -5 % 0.5, 1e-300 % 1e300, -1e-300 % 1e300, 6.0 // 0.1, 6.0 % 0.1)
print(2.0 ** 10, 2 ** 0.5, 2.0 ** -1, (-2.0) ** 3, (-2.0) ** 2, 0.0 ** 0, 0.0 ** 1, (-0.0) ** 3, (-0.0) ** 2)
print(float('inf') ** 0, float('nan') ** 0, 1.0 ** float('nan'), 1.0 ** float('inf'), (-1.0) ** float('inf'),
      0.5 ** float('inf'), 2.0 ** float('-inf'), float('inf') ** -1, float('-inf') ** 3, float('-inf') ** 2,
      float('-inf') ** -3, 10.0 ** -400, (-8.0) ** (1 / 3), (-1) ** 0.5, (-2.5) ** 2)
for expr in ['1.0 / 0', '1.0 // 0', '1.0 % 0', 'divmod(1.0, 0)', '0.0 ** -1', '0 ** -1.0', '2.0 ** 5000',
             '10.0 ** 400', '(-10.0) ** 401', '1e308 * 10', '1e308 + 1e308', '2 ** 2000 * 1.5', '1.5 + 10 ** 400',
             '1.5 < 10 ** 400', '-1e308 - 1e308', 'float("inf") - float("inf")', '1 / 0.0', '5 // 0.0']:
    try:
        print(expr, '->', eval(expr))
    except (ZeroDivisionError, OverflowError) as e:
        print(expr, '->', type(e).__name__, e)
print(1 + 2.5, 2.5 - 1, 3 * 0.1, 1 / 3.0, 7 // 2.0, 7 % 2.5, -7 // 2.0, 2 ** 0.5 * 2 ** 0.5, 0.1 * 3 == 0.3)
print(abs(-2.5), abs(-0.0), -(0.0), +(-0.0), -float('nan') != -float('nan'), 1e300 * 1e10)
x = 1.5
x += 1
x *= 2
x /= 4
x -= 0.25
x **= 2
x //= 0.5
x %= 1.5
print(x)
print(sum([0.1] * 10), 0.1 + 0.2, 1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0)
