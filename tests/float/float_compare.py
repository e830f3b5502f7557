# Comparisons of floats with floats and (big) ints are exact; nan compares unequal to all.
nan = float('nan')
inf = float('inf')
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, 1 < nan, nan == 1, nan != 1)
print(inf > 10 ** 400, -inf < -(10 ** 400), inf == inf, inf > 1e308, -inf < -1e308, inf == 10 ** 400)
big = 2 ** 53
print(big + 1 == float(big + 1), big + 1 > float(big + 1), big + 1 >= float(big), float(big) < big + 1)
print(2 ** 1023 == 2.0 ** 1023, 2 ** 1024 > 1.7976931348623157e308, 10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(1 == 1.0, 1 < 1.5, 2 > 1.5, -1 > -1.5, 0 == -0.0, 3 <= 3.0, 3 >= 3.0000000000000004, 3 < 3.0000000000000004)
print(2 ** 64 == 18446744073709551616.0, 2 ** 64 + 1 == 18446744073709551616.0, 2 ** 64 - 1 < 18446744073709551616.0)
print(0.5 < 1, 0.5 > 0, -0.5 < 0, -0.5 > -1, 1e-300 > 0, -1e-300 < 0, 1.5 != 1, 1.0 != 1)
print(sorted([3, 1.5, -2, 2 ** 70, -1e30, 0.0, 7]), max(1, 1.0), min(1.0, 1), max(2 ** 64, 1e19))
print(True == 1.0, False < 0.5, 1.0 in [1], 1 in [1.0], [1.0] == [1], (1, 2.0) == (1.0, 2))
