# Operator precedence, chained comparisons, boolean short-circuits, identity and membership.
print(2 + 3 * 4 ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2)
print(10 - 4 - 3, 100 // 7 % 3, 1 + 2 << 3, 1 | 2 ^ 3 & 4, ~5 + 1)
print(not 1 == 2, not (1 and 0), 1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, 1 == 1.0 != 2)
print(0 or "x", "" or [] or None, 1 and 2 and 3, 0 and 1 / 0, None is None, [] is not [])
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(0) < v(5), calls)
print(3 in [1, 2, 3], "b" in "abc", 4 not in {1: 2}, (1, 2) in [(1, 2)], "ab" in "xaby")
print(1 if True else 2, "yes" if [] else "no", [i for i in range(5) if i % 2 == 0 if i])
print(divmod(7, -2), 7.5 // 2, -7.5 % 2, 2 ** 0.5 > 1.41, 1e3 == 1000)
print("abc" < "abd", [1, 2] < [1, 3], (1, 2, 3) > (1, 2), [1] == [1.0], "a" * 3, [0] * 3, 3 * (1,))
print(True + 1, True & False, True | False, True ^ True, -True, ~True)
x = 5
x = x if x > 3 else -x
print(x, abs(-x), -(-x), +x)
print(1 < 2 and 2 < 3 or 1 / 0)
print(isinstance(True, int), type(True) is bool, bool(0.0), bool(" "), bool([]), bool({0: 0}))
for bad in ["1 + 'a'", "'a' < 1", "[] + ()", "-'x'", "~1.5", "{} < {}", "1 % 0", "2 ** 'x'", "[1] * 'a'"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
