# Hashes of ints match CPython (modulus 2**61 - 1), and equal numbers hash equally.
for v in [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, -(2 ** 61), 2 ** 62, 2 ** 63, 2 ** 64, -(2 ** 64),
          10 ** 20, -(10 ** 20), 10 ** 100, 2 ** 122 - 1, 123456789012345678901234567890]:
    print(v, hash(v), hash(v) == hash(float(v)) if abs(v) < 2 ** 1000 else None)
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(True), hash(-1) == hash(-1.0))
d = {1: 'a', 2 ** 64: 'b', -1: 'c'}
print(d[1.0], d[float(2 ** 64)], d[True], d[-1.0], {0, 0.0, False}, 2 ** 64 in d)
