# dict: construction, access, methods, errors, order.
d = {"a": 1, "b": 2}
print(d, len(d), d["a"], "a" in d, "z" in d, "z" not in d)
d["c"] = 3
d["a"] = 10
print(d)
del d["b"]
print(d)
d["b"] = 20
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(dict(), dict(x=1, y=2), dict([(1, 2), (3, 4)]), dict({1: 2}, z=5), dict(zip("ab", range(2))))
print(dict([[1, 2]]), dict(((i, i * i) for i in range(4))))
for bad in (lambda: d["zz"], lambda: d.pop("zz"), lambda: {}.popitem(), lambda: dict([(1, 2, 3)]),
            lambda: dict([1]), lambda: {[]: 1}, lambda: d.__delitem__("q"), lambda: {(1, [2]): 3}):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(d.get("a"), d.get("q"), d.get("q", 0))
print(d.setdefault("a", 5), d.setdefault("n", 6), d.setdefault("m"), d)
print(d.pop("n"), d.pop("n", "gone"), d)
print(d.popitem(), d)
e = d.copy()
e.update({"x": 1}, y=2)
e.update([("z", 3)])
print(e, d)
e.clear()
print(e, len(e), bool(e), bool(d))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {}, {} == [])
print({1: "a"} | {2: "b", 1: "c"})
f = {1: 1}
f |= {2: 2}
f |= [(3, 3)]
print(f)
g = {1: 1, 1.0: 2, True: 3}
print(g)
h = {}
for i in range(100):
    h[i * 3] = i
for i in range(0, 100, 2):
    del h[i * 3]
print(len(h), h[3], h[297], list(h)[:5], 6 in h)
h[0] = "back"
print(list(h.items())[-1])
r = {}
r["self"] = r
print(r)
print({(1, 2): "t", 1.5: "f", None: "n", -1: "m"})
k = {}
k["ab"] = 1
k["a" + "b"] = 2
print(k)
try:
    for key in h:
        h[key + 1000] = 0
except RuntimeError as e:
    print(e)
x = {1: 2}
print(repr(x), str(x), {"k": [1, {"n": None}]})
print(sorted({3: 1, 1: 2, 2: 3}))
print(list(reversed({1: 2, 3: 4, 5: 6})))
