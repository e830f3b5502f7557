# objmodel: class attributes that are not descriptors (builtins, classes, callables) vs functions
class A():
    f = len
    g = lambda self: 'lam'
    T = int
    class Inner: pass
    def h(self): return 'h'
    alias = h
a = A()
print(a.f([1, 2]), a.g(), a.T('5'), type(a.Inner()).__name__, a.alias(), A.f is len, A.alias is A.h)
class CallObj:
    def __call__(self, *a): return ('called', len(a))
class B:
    c = CallObj()
print(B().c(1), B.c())
import math
class M:
    sq = math.sqrt
print(M().sq(16.0))
