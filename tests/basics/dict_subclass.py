# Subclasses of dict and set: native storage, overridden methods, super() calls.
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
    def total(self):
        return sum(self.values())
d = D(a=1)
d["b"] = 2
print(d, d["b"], d.total(), len(d), "a" in d, isinstance(d, dict), sorted(d), d.get("b"))
print(dict(d), list(d.items()), d == {"a": 1, "b": 20}, {**d})
class Counter(dict):
    def __init__(self, it):
        super().__init__()
        for x in it:
            self[x] = self.get(x, 0) + 1
c = Counter("abracadabra")
print(c, c["a"], max(c, key=c.get))
class S(set):
    def add(self, x):
        super().add(x * 10)
s = S([1, 2])
s.add(3)
print(sorted(s), len(s), 30 in s, 3 in s, sorted(s | {1}), isinstance(s, set))
class F(frozenset):
    pass
f = F([1, 2])
print(sorted(f), hash(f) == hash(frozenset([1, 2])), f == {1, 2})
print({1: 2}.__eq__({1: 2}), {1: 2}.__or__({3: 4}), {1}.__or__({2}), {1, 2}.__sub__({2}), {1}.__eq__(1))
