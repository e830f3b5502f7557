# Single-precision arithmetic rounds correctly: for floats that are exact singles, the
# result of + - * / packed with struct 'f' is the correctly rounded single (a double result
# rounded to single is too, so this matches CPython). Pseudo-random operands, including
# subnormals, ties and cancellations; compared through CRCs of the packed results.
import struct
import binascii

seed = 12345


def rand32():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    hi = seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return ((hi << 16) ^ seed) & 0xFFFFFFFF


def single(exp_lo, exp_hi):
    r = rand32()
    e = exp_lo + r % (exp_hi - exp_lo + 1)
    bits = (r & 0x807FFFFF) | (e << 23)
    if r & 0x300 == 0:
        bits &= 0xFFFFFF00  # short significands: exact results and ties
    return struct.unpack("<f", struct.pack("<I", bits))[0]


def bits(x):
    return struct.pack("<f", x)


def check(name, pairs, ops):
    crcs = [0] * len(ops)
    for a, b in pairs:
        for i, op in enumerate(ops):
            crcs[i] = binascii.crc32(bits(op(a, b)), crcs[i])
    print(name, " ".join("%08x" % c for c in crcs))


ops = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b]
mid = [(single(64, 190), single(64, 190)) for _ in range(150)]
check("mid", mid, ops)
near = []
for a, _ in mid[:60]:
    b = struct.unpack("<f", struct.pack("<I", struct.unpack("<I", bits(a))[0] ^ (rand32() & 0x3F)))[0]
    near.append((a, b))
check("near", near, ops)  # cancellation in a - b, ties in a + b
tiny = [(single(0, 30), single(0, 30)) for _ in range(80)]
check("tiny", tiny, ops[:2])  # subnormal operands and results
scaled = [(single(0, 40), single(100, 150)) for _ in range(80)]
check("scaled", scaled, ops[2:])  # products and quotients underflowing to subnormals
cmp = [lambda a, b: float(a < b), lambda a, b: float(a <= b), lambda a, b: float(a == b)]
check("cmp", mid[:50] + [(a, a) for a, _ in mid[:10]] + [(0.0, -0.0)], cmp)
ints = [int(a) for a, _ in mid + tiny if abs(a) < 2147483648.0]  # truncation
print(len(ints), binascii.crc32(str(ints).encode()) & 0xFFFFFFFF)
conv = [float(rand32() - 0x80000000 >> (rand32() % 31)) for _ in range(100)]
print(binascii.crc32(b"".join(bits(x) for x in conv)) & 0xFFFFFFFF)
print(int(1.9), int(-1.9), int(2147483520.0), int(-2147483648.0), float(-7), bits(float(16777217)), bits(float(-33554435)))
