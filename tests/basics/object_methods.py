# objmodel: method objects — bound method repr/equality/attributes, classmethod/staticmethod reprs
class A:
    def f(self): pass
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
    def __repr__(self): return 'A()'
a = A()
print(a.f, A.c, a.c)
print(A.f.__name__, A.f.__qualname__, a.f.__name__, a.f.__self__, a.f.__func__ is A.f)
print(a.f == a.f, a.f is a.f, a.f != A().f, hash(a.f) == hash(a.f))
print(repr(A.__dict__['c'])[:13], repr(A.__dict__['s'])[:14])
print(property, staticmethod, classmethod, super, type, object)
print(A.__init__ is object.__init__, A.__repr__ is not object.__repr__)
