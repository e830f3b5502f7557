# Hashes of floats match CPython (and equal ints hash equally).
for v in [0.0, -0.0, 1.0, -1.0, 1.5, -1.5, 0.1, 1e300, -1e-300, 2.0 ** 61, 2.0 ** 62, 2.0 ** 100, 5e-324,
          123456.789, float('inf'), float('-inf'), 3.141592653589793, 2.0 ** -30]:
    print(v, hash(v))
print(hash(2.0 ** 70) == hash(2 ** 70), hash(-3.0) == hash(-3), {1.0: 'x'}[1], {2 ** 80: 'y'}[2.0 ** 80])
