# objmodel: inherit builtin
class L(list):
    def total(self):
        return sum(self)
l = L([1, 2, 3])
l.append(4)
print(l, len(l), l.total(), l[0], isinstance(l, list), type(l).__name__)
l += [5]
print(type(l).__name__, l)
class D(dict):
    def __missing__(self, k):
        return 0
d = D(a=1)
d['b'] = 2
print(sorted(d.items()), d['a'])
class I(int):
    def double(self): return self * 2
i = I(21)
print(i, i + 1, i.double(), 1 + i, I(3) + I(4), i == 21, hash(i) == hash(21))
class E(Exception):
    pass
try:
    raise E("boom")
except Exception as e:
    print(type(e).__name__, e, e.args, repr(e))
class E2(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E2("bad", 42)
except ValueError as e:
    print(e, e.code, e.args)
class T(tuple):
    def first(self): return self[0]
t = T((1, 2))
print(t, t.first(), len(t))
class S(str):
    def shout(self): return self + "!"
s = S("hi")
print(s, s.shout(), len(s), s == "hi")
class Base:
    def __init__(self):
        self.log = ['Base']
class M1(Base):
    def __init__(self):
        super().__init__()
        self.log.append('M1')
class M2(Base):
    def __init__(self):
        super().__init__()
        self.log.append('M2')
class MM(M1, M2):
    def __init__(self):
        super().__init__()
        self.log.append('MM')
print(MM().log, [c.__name__ for c in MM.__mro__])
try:
    class X(object, Base): pass
except TypeError as e:
    print(e)
