# Subclasses of list and tuple: native storage, overridden methods, super() calls.
class L(list):
    def __init__(self, it=(), tag="t"):
        super().__init__(it)
        self.tag = tag
    def first(self):
        return self[0]
    def __repr__(self):
        return "L" + super().__repr__()
    def __add__(self, o):
        return L(super().__add__(o))
l = L([3, 1, 2], tag="x")
l.append(5)
l.sort()
print(l, len(l), l.first(), l[1:], l.tag, isinstance(l, list), [0] + l, 2 in l)
print(l + [9], type(l + [9]).__name__, l == [1, 2, 3, 5], l != [1], l < [9])
print(list(l), tuple(l), sorted(l, reverse=True), [x * 2 for x in l], max(l), sum(l))
a, b, c, d = l
print(a, b, c, d)
l += [7]
l *= 2
print(l, l.count(7), l.index(5))
del l[0]
l[0] = "z"
print(l, l.pop())
class T(tuple):
    def total(self):
        return sum(self)
t = T((1, 2, 3))
print(t, t.total(), t[0], t[-1:], len(t), t + (4,), hash(t) == hash((1, 2, 3)), t == (1, 2, 3))
class G(list):
    def __getitem__(self, i):
        return super().__getitem__(i) * 10
g = G([1, 2])
print(g[0], g[1], list(g), [x for x in g], list(reversed(g)))
print([1].__eq__([1]), [1].__eq__(1), (1, 2).__lt__((1, 3)), [1, 2].__len__(), (5,).__contains__(5))
print(list.__getitem__([5, 6], 1), (1,).__add__((2,)), [1].__mul__(2), (1,).__rmul__(3))
l = [1, 2]
try:
    l.__setitem__(10, 0)
except IndexError as e:
    print(type(e).__name__, e)
