# objmodel: more class behaviour — qualnames, reprs, ordering, reflection priority, mixins with builtins
class Outer:
    class Inner:
        pass
    def meth(self):
        class Local: pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.__name__, Outer.Inner, Outer().meth().__qualname__)
class R:
    def __repr__(self): return 'R!'
    def f(self): pass
print(R().f)
print(R.f.__name__, R.f.__qualname__)
print([R(), R()], (R(),), {1: R()})
class SO:
    def __str__(self): return 'str-SO'
print(SO(), str(SO()), [SO()][0].__str__())
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'V%d' % self.v if False else 'V' + str(self.v)
    def __add__(self, o): return V(self.v + o.v)
vs = [V(3), V(1), V(2)]
print(sorted(vs), min(vs), max(vs), sum(vs, V(0)))
class Seq:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return ('get', k)
    def __setitem__(self, k, v): self.d[repr(k)] = v
    def __delitem__(self, k): print('del', k)
s = Seq()
print(s[1], s[1:2], s[::2], s[1, 2], s['a'])
s[3] = 4; s[1:2] = 5
print(s.d)
del s[0]; del s[1:3]
class B:
    def __eq__(self, o): return NotImplemented
b1, b2 = B(), B()
print(b1 == b2, b1 == b1, b1 != b2, b1 != b1)
class A1:
    def __lt__(self, o): return 'A1.lt'
    def __gt__(self, o): return 'A1.gt'
class B1(A1):
    def __gt__(self, o): return 'B1.gt'
    def __lt__(self, o): return 'B1.lt'
print(A1() < B1(), B1() < A1(), A1() > B1())
class Add:
    def __add__(self, o): return 'Add.add'
    def __radd__(self, o): return 'Add.radd'
class SubAdd(Add):
    def __radd__(self, o): return 'SubAdd.radd'
print(Add() + SubAdd(), SubAdd() + Add(), 1 + Add(), Add() + 1)
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return 2**100 + self.v
    def __eq__(self, o): return self.v == o.v
d = {H(1): 'a', H(2): 'b'}
print(d[H(1)], H(2) in d, len({H(1), H(1)}), hash(H(1)) == hash(H(1)))
class Mixin:
    def hello(self): return 'mixin ' + type(self).__name__
class MD(dict, Mixin): pass
md = MD(a=1, b=2)
print(md.hello(), md['a'], sorted(md), isinstance(md, Mixin), MD.__mro__)
class EM(Mixin, Exception): pass
try:
    raise EM('x', 'y')
except Exception as e:
    print(e, e.args, e.hello())
class NoInit:
    pass
print(object.__new__(NoInit).__class__.__name__)
class Base:
    def __init__(self, x): self.x = x
class Der(Base):
    def __init__(self, x, y):
        Base.__init__(self, x)
        self.y = y
dd = Der(1, 2); print(dd.x, dd.y)
class Shared:
    items = []
    def add(self, x): self.items.append(x)
s1, s2 = Shared(), Shared(); s1.add(1); s2.add(2); print(Shared.items, s1.items is s2.items)
print('x' in Shared.__dict__, 'items' in Shared.__dict__, type(Shared.__dict__['add']).__name__)
class GI:
    def __init__(self): self.n = 0
    def __iter__(self):
        yield 1
        yield 2
print(list(GI()), 2 in GI(), [x * 2 for x in GI()])
