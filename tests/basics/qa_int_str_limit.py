# CPython 3.11's limit of 4300 digits on int <-> decimal string conversions
x = 10 ** 4299
print(len(str(x)), len(str(-x)), len(repr(x * 9)), len(f"{x:d}"), len("%d" % x), len(hex(10 ** 5000)))
for f in [lambda: str(10 ** 4300), lambda: repr(-10 ** 4300), lambda: f"{10 ** 5000}", lambda: "%d" % 10 ** 4300, lambda: format(10 ** 4300, ','), lambda: print(10 ** 4300), lambda: str([10 ** 4300])]:
    try:
        f()
        print("no error")
    except ValueError as e:
        print(type(e).__name__, e)
print(len(str(-10 ** 4299 * 9)))
for t in ['1' * 5000, '-' + '2' * 4301, ' ' + '3' * 4300 + ' ', '1_' * 4300 + '1', '0x' + 'f' * 5000, '0' * 4301]:
    for b in [10, 0, 16, 7]:
        try:
            print(len(str(int(t, b))) if b == 16 or t.startswith('0x') else int(t, b) % 1000)
        except ValueError as e:
            print(type(e).__name__, str(e)[:90])
