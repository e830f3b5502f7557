# list.sort and sorted: stability, key, reverse, errors.
import_ok = True
l = [5, 2, 8, 1, 9, 3, 3, 0, -4]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y"), (2, "c")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:10], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
stab = sorted([(i % 10, i) for i in range(200)], key=lambda t: t[0])
print(all(stab[i][1] < stab[i + 1][1] for i in range(199) if stab[i][0] == stab[i + 1][0]))
print(sorted([3.5, 1, 2.25, -1]), sorted("hello"), sorted([]), sorted([1]))
print(sorted([[2, 1], [1, 2], [1]]))
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(e)
try:
    [3, 1].sort(None)
except TypeError as e:
    print("TypeError")
m = [3, 1, 2]
def k(x):
    m.append(x)
    return x
try:
    m.sort(key=k)
except ValueError as e:
    print(e)
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "C(%d)" % self.v
print(sorted([C(3), C(1), C(2)]))
r = list(range(100, 0, -1))
r.sort(key=lambda x: -x, reverse=True)
print(r[:5])
