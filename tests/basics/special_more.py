# objmodel: special methods and attribute rules — __getattr__ fallback, hash inheritance, super with descriptors, conversions
class G:
    @property
    def p(self):
        raise AttributeError('inner')
    def __getattr__(self, name):
        return 'fallback ' + name
print(G().p, G().zz)
class A:
    def __eq__(self, o): return True
    def __hash__(self): return 1
class B(A):
    def __eq__(self, o): return False
print(hash(A()), B.__hash__ is None)
try: hash(B())
except TypeError as e: print(e)
class C:
    __hash__ = None
try: hash(C())
except TypeError as e: print(e)
class P:
    @property
    def v(self): return 'P.v'
class Q(P):
    @property
    def v(self): return 'Q.v+' + super().v
print(Q().v)
class K:
    @classmethod
    def cm(cls): return 'cm ' + cls.__name__
    @staticmethod
    def sm(): return 'sm'
class K2(K):
    def go(self): return super().cm(), super().sm(), super(K2, self).cm()
print(K2().go())
def deco(cls):
    cls.decorated = True
    return cls
@deco
class D: pass
print(D.decorated, callable(D), callable(D()), callable(len), callable(K2().go))
class O:
    x = 'class'
o = O(); o.x = 'inst'; print(o.x); del o.x; print(o.x)
o.__dict__.update({'a': 1, 'b': 2}); print(o.a, o.b, sorted(vars(o)))
vars(o)['c'] = 3; print(o.c)
class I:
    def __init__(self, v): self.v = v
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __index__(self): return 3
    def __round__(self, n=None): return 'rounded'
    def __complex__(self): return 1j
i = I(1)
print(int(i), float(i), [0, 1, 2, 3, 4][i], [0, 1, 2, 3, 4, 5][i:], round(i), bin(i), hex(i), oct(i))
print(range(i), list(range(i)), 'ab' * i)
class F:
    def __format__(self, spec): return 'F<' + spec + '>'
print(f'{F():abc}', '{:q}'.format(F()))
class NF: pass
try: f'{NF():>10}'
except TypeError as e: print(e)
print(f'{K()!r}'[:10] == repr(K())[:10])
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
try:
    raise E(1, 2)
except E as e:
    print(e.args, e.b, str(e))
try:
    try:
        raise E(1, 2)
    except E as e:
        raise ValueError('v') from e
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__.b)
class Cls:
    pass
c = Cls()
print(Cls.__dict__['__module__'])
class CA:
    def __init__(self, x=0, *, y=1): self.s = x + y
print(CA(1, y=2).s, CA(y=5).s, CA().s)
class Chain:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print(Chain(1) < Chain(2) < Chain(3), Chain(1) < Chain(3) < Chain(2))
