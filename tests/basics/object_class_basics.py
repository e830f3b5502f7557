# objmodel: object class basics
class A:
    x = 10
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v + self.x
    def __repr__(self):
        return 'A(' + str(self.v) + ')'
a = A(5)
print(a.get(), a.v, a.x, A.x)
print(a)
print(repr(a))
class B(A):
    def get(self):
        return super().get() * 2
b = B(1)
print(b.get(), isinstance(b, A), issubclass(B, A), type(b) is B)
print(B.__mro__)
print(B.__name__, B.__bases__)
class C:
    def __eq__(self, o): return True
try:
    hash(C())
except TypeError as e:
    print(e)
class P:
    def __init__(self): self._x = 1
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 2
p = P(); p.x = 5; print(p.x)
class S:
    @staticmethod
    def s(a): return a + 1
    @classmethod
    def c(cls, a): return cls.__name__, a
print(S.s(1), S().s(2), S.c(3), S().c(4))
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + o.x)
    def __radd__(self, o): return V(self.x + o)
    def __lt__(self, o): return self.x < o.x
    def __len__(self): return self.x
    def __getitem__(self, i):
        if i >= self.x: raise IndexError
        return i * i
print((V(1) + V(2)).x, (5 + V(1)).x, V(1) < V(2), V(3) > V(2), len(V(4)), list(V(4)), bool(V(0)))
print(3 in V(4), 5 in V(4))
