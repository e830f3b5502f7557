# Numbers through other parts of the core: %-formatting, f-strings, str.format, hex/oct/bin,
# abs/divmod/pow/sum/max/min/sorted/round, dict keys across int/float/bool, math.
print('%.2f %e %g %10.4f %-10.2e| %+g %G %.0f %.3g' % (2.675, 12345.678, 0.00001234, 3.14159, 1e-10, 5.0, 1e-20, 0.5, 1234567.0))
print('%s %r %5.1f%% %d %i %x %o %X %05d %+d %c' % (1.5, 0.1, 99.44, 3.9, -2.5, 255, 8, 255, 42, 7, 65))
print(f'{3.14159:.2f} {1e100:g} {12345:,} {0.5:%} {1+2j} {2**100:x} {-0.0} {1e16}')
print('{:.3} {:10.2e} {!r} {}'.format(1/3, 12345.6789, 1.1, 2**64))
print(format(1 + 2j), str(1 + 2j), repr(-1j))
print(hex(255), oct(8), bin(5), hex(-2**70), bin(-1), oct(2**64))
print(abs(-5), abs(-2**100), abs(-2.5), abs(3+4j), divmod(-7, 2), divmod(7.5, -2), pow(2, -2), pow(2.0, 3), pow(-8, 1/3))
print(sum([0.1]*10), sum([1, 2**100, 3.5]), max(1, 2.5, 2**70), min(-1e300, -2**1100), sorted([3, 1.5, True, -2**70]))
print(int('12') + float('1.5'), str(12**34), repr(2**-1), 7 // 2.0, 2 ** 0.5, 10 / 4, (-7) % 3, -7 % 3.0)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(12345, -2), round(1.23456e10, -5))
print(1e309, -1e309, float('nan') == float('nan'), 0.1 + 0.2 == 0.3, 1e-320, 2.2250738585072014e-308 / 2)
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), {1: 'a', 1.0: 'b', True: 'c'})
import math
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.floor(-2**70 - 0.5), math.sqrt(2), math.isqrt(10**20) if hasattr(math, 'isqrt') else 10**10)
