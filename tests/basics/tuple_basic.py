# tuple: construction, indexing, slicing, methods, comparison, hashing.
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], (), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(t[1:], t[::-1], t[5:], t[:-1], t[::2])
print(t + (4,), t * 2, 2 * t, () * 3, t * 0, t * -1)
print(t.index(2), t.count(2), (1, 1, 2).count(1), (1, 2, 1).index(1, 1))
for bad in (lambda: t[3], lambda: t.index(9), lambda: t + [4], lambda: t.__setitem__(0, 1),
            lambda: hash((1, [2])), lambda: t["a"]):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    del t[0]
except TypeError as e:
    print(e)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), (1, 2) == [1, 2], () < (0,))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash((-1, 0)), hash(((1, 2), (3,))))
print(hash((1, 2)) == hash((1, 2)), hash((True, 2.0)) == hash((1, 2)))
print(2 in t, 5 in t, bool(()), bool((0,)))
a, b, c = t
print(a, b, c)
x = (1, [2, 3])
x[1].append(4)
print(x)
print(((1, 2), (3,)), ("a", None, 1.5))
d = {(1, 2): "a", (1, 2, 3): "b"}
print(d[(1, 2)], d[1, 2, 3])
print(tuple(t) is t, t[:] is t)
print({(1, 2), (2, 1), (0, 0)} == {(0, 0), (1, 2), (2, 1)})
