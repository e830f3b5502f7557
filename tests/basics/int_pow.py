# Exponentiation: int ** int (big results, negative exponents), 3-argument pow with modular inverse.
print(2 ** 100, 3 ** 50, (-3) ** 51, 7 ** 0, 0 ** 5, 1 ** 10 ** 20 if False else 1, (-1) ** 1001)
print(2 ** -1, 2 ** -10, (-2) ** -1, 10 ** -5, 4 ** 0.5, (2 ** 80) ** 2)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 10 ** 9 + 7), pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(2, 0, 1), pow(2, 0, 5), pow(0, 0, 5), pow(5, 3, 1), pow(10 ** 30, 10 ** 20, 10 ** 9 + 9))
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(2, -1, 9), pow(3, -1, -7), pow(7, -3, 10 ** 20 + 39))
print(pow(2 ** 100 + 1, 2 ** 100 - 1, 2 ** 127 - 1))
for args in [(2, 3, 0), (2, -1, 4), (0, -1, 5), (6, -1, 9)]:
    try:
        print(pow(*args))
    except ValueError as e:
        print('ValueError', e)
for expr in ['0 ** -1', '0 ** -2']:
    try:
        print(eval(expr))
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print('TypeError')
