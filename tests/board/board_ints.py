# Small-heap smoke test (runs on the 16 KB micro:bit): small and big integers.
x = 1
for i in range(1, 30):
    x *= i
print(x, x // 7, x % 1000003, -x // 3)
print(2 ** 64 - 1, (2 ** 64) >> 3, hex(2 ** 70), int('123456789012345678901234567890'))
print(divmod(-17, 5), abs(-2 ** 40), 7 ** 20 == 79792266297612001)
print(sum(range(1000)), max(3, 9, 2), min([4, -1, 8]))
