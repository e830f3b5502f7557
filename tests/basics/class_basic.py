# class statements: bodies, methods, inheritance, super(), __class__, decorators, metaclasses
class A:
    "doc of A"
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    @staticmethod
    def s(a):
        return a * 2
    @classmethod
    def c(cls):
        return cls.__name__
    @property
    def p(self):
        return self.v + 100

a = A(5)
print(a.get(), A.s(3), A.c(), a.p, A.x, A.__doc__, A.__name__, A.__module__, A.__qualname__)

class B(A):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
    def get(self):
        return super().get() + self.w
    def cls(self):
        return __class__.__name__

b = B(1, 2)
print(b.get(), b.cls(), isinstance(b, A), B.c())

def deco(cls):
    cls.tag = "decorated"
    return cls

@deco
class D:
    pass

print(D.tag)


class G:
    def method(self):
        pass

print(G.method.__qualname__, G().method.__name__)

def make():
    class Local:
        def m(self):
            return 1
    return Local

print(make().__qualname__, make().m.__qualname__)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1

Counter(); Counter()
print(Counter.count)

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y

print(Vec(1, 2) + Vec(3, 4), Vec(1, 1) == Vec(1, 1))

bases = (A,)
class H(*bases):
    pass
print(H(7).get())

class Multi(B, A):
    pass
print(Multi(1, 1).get())

class WithSlots:
    a: int = 3
    b: str
print(WithSlots.a)  # (its __annotations__: tests/basics/engine_annotations.py)

class Nested:
    class Inner:
        pass
print(Nested.Inner.__qualname__)

