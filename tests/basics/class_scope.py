# class bodies as scopes: class variables, comprehensions, nested functions, __class__,
# name resolution order (class namespace, then globals, then builtins)
x = "global x"

class A:
    x = "class x"
    xs = [1, 2, 3]
    ys = [v * 2 for v in xs]          # first iterable: class scope
    def get_x(self):
        return x                       # methods skip the class scope
    print("in body:", x)
    len = lambda self: 99             # shadows builtin only inside the class namespace
    n = len(None) if False else 3

print(A.ys, A().get_x(), A.n, len([1]))

def factory(tag):
    class Made:
        label = tag
        def who(self):
            return tag + "!"
    return Made

M1, M2 = factory("one"), factory("two")
print(M1.label, M2().who(), M1().who())

class Outer:
    class Inner:
        def m(self):
            return __class__.__name__
    def method(self):
        return __class__, self.Inner().m()

print(Outer().method()[1], Outer().method()[0] is Outer)

class Base:
    def hello(self):
        return "Base.hello"

class Child(Base):
    def hello(self):
        def helper():
            return super(Child, self).hello()
        return "Child+" + helper()
    def lam(self):
        f = lambda: __class__.__name__
        return f()

print(Child().hello(), Child().lam())

class WithProp:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 10

w = WithProp()
w.v = 4
print(w.v)

def deco_with_args(prefix):
    def deco(cls):
        cls.name = prefix + cls.__name__
        return cls
    return deco

@deco_with_args("pre_")
class Decorated:
    pass

print(Decorated.name)


class Counter:
    instances = []
    def __init__(self):
        Counter.instances.append(self)
        self.id = len(Counter.instances)

[Counter() for _ in range(3)]
print([c.id for c in Counter.instances])

class Shadow:
    def print(self):
        return "method named print"
    def run(self):
        print("builtin print still works")
        return self.print()

print(Shadow().run())

def outer_fn():
    value = 10
    class K:
        value = 20
        def get(self):
            return value
        got = value
    return K().get(), K.got

print(outer_fn())

class E(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code

try:
    raise E(7)
except E as e:
    print(e, e.code, e.args)
