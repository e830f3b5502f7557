# Small-heap smoke test (runs on the 16 KB micro:bit): lists, dicts, sets, tuples.
a = [5, 3, 8, 1]
a.append(7)
a.sort()
print(a, a[1:3], a[::-1], len(a), 8 in a)
d = {'x': 1, 'y': 2}
d['z'] = 3
del d['x']
print(d, list(d.items()), d.get('q', 0))
s = {1, 2, 3} | {3, 4}
print(sorted(s), sorted(s & {2, 4, 9}), len(s))
t = (1, 'a', None)
print(t, t[1], t.index(None), (1, 2) < (1, 3))
print([i * i for i in range(6) if i % 2], {k: k * 2 for k in 'ab'})
