# unpacking: sequences and iterables, CPython's error messages.
a, b = [1, 2]
c, d = (3, 4)
e, f = "xy"
g, h = range(2)
i, j = {5: 0, 6: 0}
k, = {7}
print(a, b, c, d, e, f, g, h, i, j, k)
(m, n), o = (1, 2), 3
print(m, n, o)
p, *q = iter([1, 2, 3])
print(p, q)
def tryunpack(v, n):
    try:
        if n == 2:
            x, y = v
        else:
            x, y, z = v
        print("ok")
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
tryunpack([1, 2, 3], 2)
tryunpack((1,), 3)
tryunpack("abcd", 2)
tryunpack(iter([1]), 2)
tryunpack((x for x in range(4)), 3)
tryunpack(5, 2)
tryunpack(None, 3)
tryunpack({1: 2}, 2)
for x, y in [(1, 2), [3, 4], "ab"]:
    print(x, y)
print([(x, y) for x, y in enumerate("ab")])
