# expressions: precedence, chained comparisons, boolean ops, conditionals, displays, slices
print(1 + 2 * 3, (1 + 2) * 3, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 / 2, 1 - 2 - 3, 100 / 10 / 5)
print(1 << 2 + 1, 1 | 2 ^ 3 & 4, ~5, -~5, ~-5, not 1, not not 0)
print(1 + 2 << 1, 6 & 3 | 8, 5 ^ 1 | 2, 3 * 2 % 4, 2 * 3 ** 2)
print(1 < 2 < 3, 1 < 2 > 3, 1 == 1 != 2, 1 < 2 <= 2 >= 1 > 0, 3 > 2 == 2)
print(1 in [1], 2 not in [1], None is None, print is not None, not 1 in [1])
print(0 or 2, 1 and 0, 0 or 0 or 3, 1 and 2 and 3, None or "x", not 0 and 1)
print(1 if True else 2, 1 if False else 2, 1 if 0 else 2 if 0 else 3)
print((1 if 1 else 0) + 1, [x if x % 2 else -x for x in range(4)])
print(..., Ellipsis is ..., type(...).__name__)
print(None, True, False, True + True)
# displays
print([], [1], [1, 2,], [*range(3)], [*"ab", *[1], 0])
print((), (1,), (1, 2), (*range(2), 5), tuple([*"xy"]))
print({}, {1: 2}, {"a": 1, **{"b": 2}, "c": 3}, {**{}, **{1: 1}}, {1: 1, 1: 2})
print(sorted({1, 2, 2}), sorted({*range(3), *[5]}), len({0, 0.0, False}))
# comprehensions
print([x * y for x in range(3) for y in range(3) if x != y if x > 0])
print({x: x * x for x in range(4) if x}, sorted({c for c in "hello"}))
print(list(x + 1 for x in range(3)), sum(x for x in range(10) if x % 2))
print([[y for y in range(x)] for x in range(4)], [(x, y) for x in "ab" for y in (1, 2)])
print({k: v for k, v in [("a", 1), ("b", 2)]}, [a for a, *b in [(1, 2, 3), (4,)]])
print([x for x in [3, 1, 2] if x > 1 if x < 3], [i for i in range(5)][::-1])
print([lambda: i for i in range(2)][0](), [(lambda x=i: x)() for i in range(2)])
g = (x for x in range(3))
print(next(g), list(g))
# subscripts and slices
s = list(range(10))
print(s[1], s[-1], s[2:5], s[:3], s[7:], s[::3], s[::-2], s[-3:-1], s[:], s[1:8:2])
print(s[slice(2, 4)], "abcdef"[1:-1], (1, 2, 3)[::-1], s[len(s) - 1])
class Idx:
    def __getitem__(self, k):
        return k
i = Idx()
print(i[1], i[1, 2], i[1:2], i[1:2, 3], i[::], i[:, 1], i[..., 1], i[1:2:3, ::-1], i[()])
print(i[(1, 2)], i[1,], i[-1:], i[a := 4], a)
print(i[*[1, 2]] if False else "skip")
m = [[1, 2], [3, 4]]
print(m[1][0], m[0][-1], [row[1] for row in m])
d = {"a": {"b": [10, 20]}}
print(d["a"]["b"][1])
# attribute chains and calls
print("abc".upper().lower().encode(), " x ".strip().join(["[", "]"]))
print(str(1).zfill(3), (1).bit_length(), 2 .real, len([1, 2]))
# operator-precedence corner cases
x = 5
print(-x ** 2, (-x) ** 2, not x == 5, x is not None and x > 3, x < 10 == True)
print(1 + -1, 1 - -1, 1 - - - 1, +-+1, 2 * -3, 2 ** -2)
print([1, 2] + [3] * 2, "ab" * 2 + "c", 3 * "z", [0] * 0)
print(1, (2), ((3)), (((4,))))
print(10 if x > 3 else 20 if x > 1 else 30, (lambda: 1 if x else 2)())
print(x if x else (y := 0), [y for y in [0] if not y])
