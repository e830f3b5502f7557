# set and frozenset: iteration order of ints, methods, operators, errors.
s = {3, 1, 2}
print(s, len(s), 1 in s, 5 in s, set(), frozenset(), frozenset([1, 2]))
print({10, 20, 30, 5, 8, 100, 64, 1000}, set(range(20)), {-1, -2, 0, 7})
print(set([5, 5, 3, 3]), set((9, 17, 25, 33)), set({4: 1, 12: 2}), {i * 8 for i in range(12)})
s.add(10)
s.add(1)
print(s)
s.discard(10)
s.discard(99)
s.remove(3)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
print(s.pop(), s)
try:
    set().pop()
except KeyError as e:
    print(e)
a, b = {1, 2, 3, 4}, {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference([1, 9]))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset([1, 2]), a.isdisjoint({9}), a.isdisjoint(b))
print(a <= b, a < a, a <= a, a >= {1}, a > {1}, a == {4, 3, 2, 1}, a != b)
c = set(a)
c |= {9}
c &= {1, 2, 9}
c -= {1}
c ^= {2, 3}
print(c)
c.update([4], (5,))
c.intersection_update({3, 4, 5, 6})
c.difference_update([5])
c.symmetric_difference_update({4, 7})
print(c)
f = frozenset([1, 2, 3])
print(f | {4}, {4} | f, f & {2}, f - {1}, f.copy() is f, type(f | {4}).__name__, type({4} | f).__name__)
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print({f: 1}[frozenset([3, 2, 1])], frozenset([1]) in {frozenset([1])}, {1} in {frozenset([1])})
try:
    hash({1})
except TypeError as e:
    print(e)
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    a | [1]
except TypeError as e:
    print(e)
try:
    for x in a:
        a.add(x + 100)
except RuntimeError as e:
    print(e)
g = set(range(50))
for i in range(0, 50, 3):
    g.discard(i)
print(g)
g.clear()
print(g, bool(g))
h = {1.0, 1, True}
print(h, {1, 2} == frozenset([1, 2]))
p = set(range(5))
print([p.pop() for _ in range(5)])
print({100, 200, 300, 400, 500, 600}, {x * x for x in range(-5, 6)})
q = set()
for i in range(40):
    q.add(i * 37 % 101)
print(q)
print(set([1, 2, 3]).copy(), sorted({5, 3} ^ {3, 4}))
print({(1, 2), (3, 4)} == {(3, 4), (1, 2)}, {1, 2, 3} - set(range(2)))
