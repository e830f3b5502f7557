# Small ints at the edges of the immediate range: overflow into big ints and back.
for v in [2 ** 30 - 1, 2 ** 30, 2 ** 31 - 1, 2 ** 31, 2 ** 62 - 1, 2 ** 62, 2 ** 63 - 1, 2 ** 63, 2 ** 64]:
    for w in [v, -v, v - 1, -v - 1]:
        print(w, w + 1, w - 1, w * 2, w * -3, w // 3, w % 7, -w, abs(w), w >> 1, w << 1, ~w)
print((2 ** 62) * (2 ** 62) // (2 ** 62) == 2 ** 62)
print(-(2 ** 62) - (2 ** 62), (-(2 ** 62) - (2 ** 62)) + 2 ** 62)
big = 2 ** 100
print(big - big, (big + 5) - big, type(big - big + 7), big // big, big % big)
print(3 * -(2 ** 61), -4611686018427387904 // -1, -4611686018427387904 * -1)
for a in [7, -7, 0, 1, -1, 13]:
    for b in [2, -2, 3, -3, 1, -1]:
        print(a, b, a // b, a % b, divmod(a, b), a / b)
print(0 ** 0, 2 ** 0, 2 ** 10, (-2) ** 3, (-2) ** 64, 2 ** -2, 10 ** -3, (-2) ** -3)
print(1 << 0, 1 << 62, 1 << 63, 1 << 200, -1 << 100, 5 >> 10, -5 >> 10, -1 >> 100, (1 << 200) >> 199)
print(int.__name__, type(5).__name__, type(2 ** 100).__name__)
x = 5
x += 3
x -= 1
x *= 10 ** 20
x //= 7
x %= 10 ** 9
x **= 2
x <<= 3
x >>= 1
x |= 1
x &= 0xffff
x ^= 0x0f0f
print(x)
print(True + 2 ** 64, 2 ** 64 * False, 2 ** 64 // True)
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53), 10 ** 400 > 1e308)
print(-0, 0 == -0, 17 // 1, 17 % 1, 1000000 * 1000000, 999999999999 * 999999999999)
