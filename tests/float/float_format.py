# The format mini-language for floats, and %-formatting: e f g % n and none, precision,
# sign, '#', '0', width, grouping, fill and alignment; rounding on the exact binary value.
vals = [0.0, -0.0, 1.0, -1.5, 2.675, 0.125, 0.5, 1.5, 2.5, 1e-5, 1e-4, 0.000123456, 99.99, 9.9999, 0.999999,
        999999.5, 1e16, 1e22, 123456.789, -1234567.891, 5e-324, 1.7976931348623157e308, float('inf'),
        float('-inf'), float('nan'), 100.0, 1000.0, 3.14159265358979]
specs = ['', 'e', 'f', 'g', 'E', 'F', 'G', '%', 'n', '.0e', '.1e', '.3e', '.17e', '.0f', '.1f', '.2f', '.10f',
         '.0g', '.1g', '.3g', '.10g', '.17g', '.1%', '#g', '#.3g', '#.0f', '#.0e', '#', '.3', '.1', '.17',
         '12.3', '+', ' ', '010', '010.2f', ',', ',.2f', '_.3f', '020,.4f', '<15', '^15.3e', '*^15g', '=+12.2f',
         '0=12,.1f', '#.0%', '.5n', '-', '+.2e', '>+10.3f']
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
print(format(1e200, '.2f')[:30], len(format(1e300, 'f')), format(5e-324, '.330f')[-10:])
print(format(0.1, '.60f'), format(1 / 3, '.50e'))
print('{:.2f} {:8.3f} {:<8.1e}| {:+.0%} {:,.1f}'.format(3.14159, -2.5, 12345.678, 0.256, 1234567.25))
print('%.2f %e %g %10.4f %-10.2e| %+g %G %.0f %.3g' % (2.675, 12345.678, 0.00001234, 3.14159, 1e-10, 5.0, 1e-20, 0.5, 1234567.0))
print('%s %r %5.1f%%' % (1.5, 0.1, 99.44))
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.005, 1.115]:
    print(x, '%.0f' % x, '%.2f' % x, format(x, '.1f'), round(x, 2))
for v, s in [(1.0, 'd'), (1.0, 'x'), (1.0, 'c'), (1.0, ',n'), (1.0, 's')]:
    try:
        print(format(v, s))
    except ValueError as e:
        print('ValueError', e)
