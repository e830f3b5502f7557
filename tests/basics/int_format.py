# The format mini-language for ints: types, sign, '#', '0', width, grouping, fill and alignment.
values = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2 ** 64, -(10 ** 25)]
specs = ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', '+d', ' d', '-d', ',', '_', '_b', '_x', '#_x',
         '10', '<10', '>10', '^10', '=10', '*^11', '0>8', '010', '+010', '010,', '#012x', '#012_x', '09,',
         '=+12', 'n', '08', '-^9', ',d', '#o', 'e', '.2e', 'f', '.1f', 'g', '%', '.0%', 'E', 'G', '12.3f']
for v in values:
    print(v, [format(v, s) for s in specs])
for v in [65, 97, 0x263A, 0x1F600]:
    print(format(v, 'c'), format(v, '^5c'), format(v, '>3c'))
print('{:,} {:_} {:x} {:#b} {:>8}'.format(10 ** 10, 10 ** 10, 10 ** 10, 5, -3))
print(format(True, 'd'), format(True, '>5'), format(False, '^7'), format(True, ''), format(True, 'x'))
for v, s in [(1, 's'), (1, '.2d'), (1, '+c'), (1, '#c'), (1, ',x'), (1, ',c'), (-1, 'c'), (0x110000, 'c'), (1, ',b'),
             (1, '_c')]:
    try:
        print(format(v, s))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
