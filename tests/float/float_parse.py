# float() from text: correct rounding, inf/nan spellings, underscores, whitespace, errors.
for s in ['0.1', '1e23', '2.2250738585072014e-308', '2.2250738585072011e-308', '4.9406564584124654e-324',
          '2.4703282292062327e-324', '2.4703282292062328e-324', '1.7976931348623157e308', '1.7976931348623159e308',
          '1e-400', '1e400', '.5', '5.', '1_000.000_1', '0e0', '-0', '-0.0', '1E5', '+1.5', '  3.25  ', '\t-2e-3\n',
          '123456789012345678901234567890', '3.141592653589793238462643383279', '9007199254740993',
          '1.00000000000000011102230246251565404236316680908203125',
          '1.00000000000000011102230246251565404236316680908203124',
          '1.00000000000000011102230246251565404236316680908203126',
          '0.' + '0' * 300 + '1', '1' + '0' * 300, '9' * 400, '0.' + '9' * 400,
          'inf', '-inf', 'INF', 'Infinity', '-iNfInItY', '+inf', 'nan', '-nan', 'NaN', '1_0', '1e1_0']:
    print(repr(s[:40]), float(s))
print(float(b'1.5'), float(bytearray(b' 2 ')), float(7), float(2 ** 80), float(True), float(-3))
for s in ['', ' ', 'abc', '1.2.3', '1e', 'e5', '.', '1_', '_1', '1__0', '1._5', '1e_5', '0x10', 'infinit', 'nana',
          '1 2', '--1', '1e+', 'in f']:
    try:
        print(float(s))
    except ValueError as e:
        print('ValueError', e)
for bad in [None, [], 1j]:
    try:
        float(bad)
    except TypeError as e:
        print('TypeError', e)


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 7


print(float(F()), float(I()))
print(1_000.5, 1e1_0, 0.000_001, 1_0e-1_0)
