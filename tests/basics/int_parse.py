# int() from text and numbers: bases, prefixes, underscores, whitespace, errors.
for s in ['0', '-0', '+7', ' 42 ', '\t-13\n', '1_000', '007', '1' * 40, '-' + '9' * 30]:
    print(repr(s), int(s))
for s, base in [('ff', 16), ('FF', 16), ('0xff', 16), ('0xff', 0), ('0o17', 0), ('0b101', 0), ('0B11', 2),
                ('z', 36), ('Zz', 36), ('101', 2), ('777', 8), ('0_0', 0), ('00', 0), ('-0x10', 0),
                ('1_0', 0), ('12', 3), ('0x1f', 16), ('  0b1  ', 0), ('10', 10), ('zz' * 20, 36)]:
    print(repr(s), base, int(s, base))
print(int('1' * 100, 2), int('7' * 50, 8), int('f' * 64, 16))
for s, base in [('abc', 10), ('', 10), (' ', 10), ('1__0', 10), ('_1', 10), ('1_', 10), ('0x', 16),
                ('012', 0), ('0b102', 0), ('1.5', 10), ('9', 8), ('1 2', 10), ('--1', 10), ('0x_', 16),
                ('+', 10), ('0o8', 0), ('g', 16)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print('ValueError', e)
for base in [1, 37, -1]:
    try:
        int('1', base)
    except ValueError as e:
        print('ValueError', e)
print(int(b'42'), int(b' -7 '), int(bytearray(b'0x10'), 16), int(b'11', 2))
print(int(), int(3.9), int(-3.9), int(1e20), int(-0.5), int(True), int(False), int(2 ** 70))
print(int(1.5e300) == 15 * 10 ** 299, int(1e300) % 10 ** 9, int(-1e300) // 10 ** 290)
print(int('10', base=16), int(x='10') if False else 0)
for bad in [None, [], 1j, '1e5', float('inf'), float('-inf'), float('nan')]:
    try:
        print(int(bad))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    int(1.5, 2)
except TypeError as e:
    print('TypeError', e)


class WithInt:
    def __int__(self):
        return 17


class WithIndex:
    def __index__(self):
        return 23


print(int(WithInt()), int(WithIndex()))
