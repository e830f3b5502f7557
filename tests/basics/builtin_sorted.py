# sorted(): any iterable, key=, reverse=, stability, errors.
print(sorted([3, 1, 2]), sorted((3, 1, 2), reverse=True))
print(sorted("banana"), sorted({"b": 1, "a": 2, "c": 0}))
print(sorted(range(5), key=lambda x: -x))
print(sorted(["Bb", "aa", "Ab", "ba"], key=str.lower))
print(sorted([(1, "b"), (0, "z"), (1, "a")]))
pairs = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted([2.5, 1, -3, 0.5]), sorted([], reverse=True))
print(sorted(x % 7 for x in range(20)))
a = [3, 2, 1]
b = sorted(a)
print(a, b, a is b)
print(sorted([1, 2, 3], key=None, reverse=False))

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: sorted())
err(lambda: sorted([1], [2]))
err(lambda: sorted([1, "a"]))
err(lambda: sorted(5))
err(lambda: sorted([1], bogus=1))
print(sorted([1, 3, 2], reverse=0), sorted([1, 3, 2], reverse=5))
err(lambda: sorted([], reverse="x"))
err(lambda: sorted([], reverse=None))
