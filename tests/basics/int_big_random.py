# Big-int arithmetic on pseudo-random operands (own LCG, so the test is deterministic and
# CPython's results are the oracle): + - * // % divmod ** << >> & | ^ ~ comparisons, hashes.
state = 12345


def rnd(bits):
    global state
    n = 0
    got = 0
    while got < bits:
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        n = (n << 32) | (state >> 32)
        got += 32
    return n >> (got - bits)


def operand():
    k = rnd(3)
    if k == 0:
        return rnd(8) - 128
    bits = [1, 30, 62, 63, 64, 65, 100, 300, 1500, 3000][rnd(16) % 10]
    n = rnd(bits) | 1 << (bits - 1)
    return -n if rnd(1) else n


def digest(x):
    # keeps output small: fold a big result into a short checksum
    return x % 1000000007, x.bit_length(), x < 0


acc = 0
for i in range(120):
    a = operand()
    b = operand()
    r = [a + b, a - b, a * b, a & b, a | b, a ^ b, ~a, -b, abs(a)]
    if b:
        q, m = divmod(a, b)
        r += [a // b, a % b, q, m]
        assert q * b + m == a
    r.append(a << (rnd(8)))
    r.append(a >> (rnd(9)))
    r += [a < b, a <= b, a == b, a != b, a > b, a >= b]
    line = [digest(x) if type(x) is int else x for x in r]
    if i % 12 == 0:
        print(i, line)
    for x in r:
        acc = (acc * 31 + hash(x)) % 2**61
print(acc)
# exactness checks
x = 3 ** 200
print(x // 3 ** 199, x % (3 ** 199 + 1), (x + 1) % 3, -x // 7, -x % 7, x // -7, x % -7)
print(2 ** 100 - 1 == (1 << 100) - 1, (2 ** 100) >> 99, (-2 ** 100) >> 99, (-2 ** 100 - 1) >> 99)
print(12 ** 34, 2 ** 64, -(2 ** 63), 10 ** 30 // 10 ** 15, 123456789 ** 5)
y = 1
for k in range(1, 60):
    y *= k
print(y, y // (2 ** 20), y % 1000003)
print(str(7 ** 500)[:40], len(str(7 ** 500)), len(str(2 ** 10000)))
