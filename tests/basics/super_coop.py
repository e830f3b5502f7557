# objmodel: super() — cooperative multiple inheritance, properties, object defaults, __new__, classmethods, two-argument form
class Base:
    def __init__(self, **kw):
        self.base_kw = sorted(kw)
    def who(self): return ['Base']
    @property
    def name(self): return 'base-name'
    def __repr__(self): return 'Base-repr'
class Left(Base):
    def __init__(self, left=0, **kw):
        self.left = left
        super().__init__(**kw)
    def who(self): return ['Left'] + super().who()
class Right(Base):
    def __init__(self, right=0, **kw):
        self.right = right
        super().__init__(**kw)
    def who(self): return ['Right'] + super().who()
class Both(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
    def who(self): return ['Both'] + super().who()
    @property
    def name(self): return 'both/' + super().name
    def __repr__(self): return 'Both(' + super().__repr__() + ')'
b = Both(left=1, right=2, extra=3)
print(b.left, b.right, b.base_kw, b.who(), b.name, repr(b))
print(super(Left, b).who(), super(Both, b).who(), super(Right, b).who())
class Plain:
    def __repr__(self):
        r = super().__repr__()
        return 'Plain:' + r[:9]
    def __eq__(self, other):
        return super().__eq__(other)
    def __hash__(self):
        return super().__hash__() * 0 + 7
    def __setattr__(self, k, v):
        super().__setattr__(k, v * 2)
p = Plain()
p.x = 5
print(repr(p), p == p, p == 1, hash(p), p.x)
class Counted:
    created = 0
    def __new__(cls, *a, **k):
        cls.created += 1
        return super().__new__(cls)
    def __init__(self, v): self.v = v
class SubCounted(Counted):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
s = SubCounted(1, 2); c = Counted(3)
print(s.v, s.w, c.v, Counted.created, SubCounted.created)
class CM:
    @classmethod
    def make(cls, *a): return (cls.__name__,) + a
class CM2(CM):
    @classmethod
    def make(cls, *a): return super().make(*a) + ('CM2',)
print(CM2.make(1), CM2().make(2))
def outside(self): return super(Both, self).who()
print(outside(b))
class NoArgsSuper:
    def f(self):
        g = lambda: super(NoArgsSuper, self).__repr__()[:12]
        return g()
print(NoArgsSuper().f())
class Shape:
    def __new__(cls, kind):
        sub = {'c': Circle, 's': Square}[kind]
        return super().__new__(sub)
    def __init__(self, kind): self.kind = 'shape ' + kind
class Circle(Shape):
    def __init__(self, kind): self.kind = 'circle ' + kind
class Square(Shape): pass
print(type(Shape('c')).__name__, Shape('c').kind, Shape('s').kind)
class Odd:
    def __new__(cls): return 42
    def __init__(self): print('never')
print(Odd())
