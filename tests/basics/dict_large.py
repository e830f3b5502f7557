# Larger dicts: growth, deletion holes, re-insertion order, keys that collide.
d = {}
for i in range(1000):
    d[i * 7919 % 1009] = i
print(len(d), d[0], d[7919 % 1009], list(d)[:8])
for k in list(d):
    if k % 3:
        del d[k]
print(len(d), list(d)[:8], list(d.values())[-3:])
for k in range(0, 60, 3):
    d.pop(k, None)
    d[k] = "again"
print(list(d.items())[-4:], len(d))
class Same:
    def __init__(self, v): self.v = v
    def __hash__(self): return 42
    def __eq__(self, o): return isinstance(o, Same) and o.v == self.v
    def __repr__(self): return "S" + str(self.v)
h = {Same(i): i for i in range(30)}
print(len(h), h[Same(17)], Same(40) in h, list(h)[:4])
del h[Same(3)]
print(len(h), Same(3) in h, h.get(Same(4)))
m = {}
for i in range(200):
    m["key" + str(i)] = i
for i in range(0, 200, 2):
    del m["key" + str(i)]
print(len(m), m["key199"], "key0" in m, list(m)[:3])
e = dict.fromkeys(range(100))
e.clear()
e[5] = 5
print(e)
n = {}
for i in range(50):
    n[i] = i
    del n[i]
print(n, len(n))
ks = {(i, -i): i for i in range(300)}
print(ks[(150, -150)], len(ks), (3, 3) in ks)
f = {0.5 * i: i for i in range(20)}
print(f[1.0], f[1], f.get(2), f.get(0.25))
