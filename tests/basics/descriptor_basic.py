# objmodel: descriptors — property, staticmethod, classmethod, user __get__/__set__/__delete__
class Desc:
    def __get__(self, obj, typ):
        return ('get', obj is None, typ.__name__)
class DataDesc:
    def __init__(self): self.store = {}
    def __get__(self, obj, typ):
        if obj is None: return self
        return self.store.get(id(obj), 'unset')
    def __set__(self, obj, v):
        print('set', v)
        self.store[id(obj)] = v
    def __delete__(self, obj):
        print('delete')
        del self.store[id(obj)]
class A:
    d = Desc()
    dd = DataDesc()
a = A()
print(a.d, A.d)
print(a.dd)
a.dd = 5
print(a.dd)
a.__dict__['dd'] = 'inst'
print(a.dd, type(A.dd).__name__)
del a.dd
print(a.dd)
a.__dict__['d'] = 'inst-d'
print(a.d)

class P:
    def __init__(self): self._x = 1
    @property
    def x(self):
        "x doc"
        return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @x.deleter
    def x(self): print('deleting'); self._x = 0
    ro = property(lambda self: 'read-only')
p = P()
p.x = 5
print(p.x, P.x.__doc__, type(P.x).__name__, P.x.fget is not None, P.ro.fset)
del p.x
print(p.x, p.ro)
try:
    p.ro = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    del p.ro
except AttributeError as e:
    print('AttributeError', e)

class S:
    count = 0
    @staticmethod
    def s(a): return a + 1
    @classmethod
    def c(cls, a): return cls.__name__, a
    @classmethod
    def inc(cls):
        cls.count += 1
        return cls.count
class S2(S): pass
print(S.s(1), S().s(2), S.c(3), S().c(4), S2.c(5), S2().c(6))
print(S.inc(), S2.inc(), S2.inc(), S.count, S2.count)
sm = staticmethod(len)
print(sm([1, 2]), type(sm).__name__, sm.__func__ is len)

class Lazy:
    def __init__(self, f): self.f = f
    def __get__(self, obj, typ):
        if obj is None: return self
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v
class UsesLazy:
    calls = 0
    @Lazy
    def value(self):
        UsesLazy.calls += 1
        return 42
u = UsesLazy()
print(u.value, u.value, UsesLazy.calls)

def plain(self): return 'plain'
class Late: pass
Late.m = plain
Late.p = property(lambda self: 'late prop')
print(Late().m(), Late().p)
l = Late()
try:
    l.p = 1
except AttributeError as e:
    print('AttributeError', e)
m = Late().m
print(m(), m.__name__, m.__func__ is plain)
