# Iteration order of int sets must match CPython's table layout: many generated sets and
# operations, with a small linear congruential generator for determinism.
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
def rlist():
    return [rnd(140) - 20 for _ in range(rnd(26))]
for k in range(120):
    a, b = rlist(), rlist()
    op = rnd(10)
    if op == 0:
        print(set(a) | set(b), set(a) & set(b))
    elif op == 1:
        print(set(a) - set(b), set(a) ^ set(b))
    elif op == 2:
        print(set(a).union(b), set(a).intersection(b), set(a).difference(b), set(a).symmetric_difference(b))
    elif op == 3:
        s = set(a); s.update(b); t = set(a); t.intersection_update(b)
        u = set(a); u.difference_update(b); v = set(a); v.symmetric_difference_update(b)
        print(s, t, u, v)
    elif op == 4:
        s = set(a)
        for x in b:
            s.discard(x)
        print(s, [s.pop() for _ in range(len(s) // 2)], s)
    elif op == 5:
        d = dict.fromkeys(a)
        print(set(d), set(d) | set(b), set(d) & set(b), set(d) - set(b), set(d) ^ set(b))
    elif op == 6:
        print(frozenset(a) | set(b), {x * 3 for x in a}, hash(frozenset(a)) == hash(frozenset(reversed(a))))
    elif op == 7:
        s = set(a); t = s.copy(); t.add(1000)
        print(t, s <= t, set(b).isdisjoint(a), s == set(a))
    elif op == 8:
        s = set()
        for x in a + b:
            s.add(x)
            if x % 3 == 0:
                s.discard(x - 1)
        print(s)
    else:
        s = set(a)
        s |= set(b)
        s -= {x for x in a if x % 2}
        s &= set(range(-20, 100))
        s ^= {1, 2, 3}
        print(s)
print({100, 200, 300, 400, 500, 600}, {-1, -2, 0, 7}, {2**61, 1, 2**62 + 3, 5})
print({(1, 2), (2, 1)} == {(2, 1), (1, 2)}, {1.0, 2.5, 3}, {True, 2, 3.0})
