# objmodel: object attrs
class Desc:
    def __get__(self, obj, typ):
        return ('get', obj is None, typ.__name__)
class DataDesc:
    def __get__(self, obj, typ):
        return 'data'
    def __set__(self, obj, v):
        print('set', v)
class A:
    d = Desc()
    dd = DataDesc()
a = A()
print(a.d, A.d)
a.__dict__['dd'] = 'inst'
print(a.dd)
a.dd = 5
a.__dict__['d'] = 'inst-d'
print(a.d)
class G:
    def __getattr__(self, name):
        return name + name
g = G()
g.x = 1
print(g.x, g.abc)
print(getattr(g, 'zz'), hasattr(g, 'q'))
class H:
    def __getattr__(self, name):
        raise AttributeError(name)
print(hasattr(H(), 'foo'), getattr(H(), 'foo', 'dflt'))
class SA:
    def __setattr__(self, k, v):
        print('setattr', k, v)
        object.__setattr__(self, k, v)
    def __delattr__(self, k):
        print('delattr', k)
        object.__delattr__(self, k)
s = SA()
s.a = 1
print(s.a)
del s.a
print(hasattr(s, 'a'))
class Slotless: pass
o = Slotless()
o.a = 1; o.b = 2
print(o.__dict__)
o.__dict__['c'] = 3
print(o.c, sorted(vars(o)))
del o.a
print(o.__dict__)
try:
    del o.zz
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    Slotless.nope
except AttributeError as e:
    print(e)
class Cnt:
    n = 0
    def __init__(self):
        Cnt.n += 1
Cnt(); Cnt()
print(Cnt.n)
Cnt.m = lambda self: 'late'
print(Cnt().m())
print(A.__qualname__, A.__module__, A.__doc__)
class Doc:
    "the doc"
print(Doc.__doc__)
