# private name mangling: __x inside class C means _C__x (names, attributes, parameters)
class A:
    __z = 3
    def __init__(self):
        self.__x = 1
        self.__dunder__ = "not mangled"
    def f(self, __p=1):
        __y = 2
        return sorted(k for k in locals() if k != "self"), __p
    def get(self):
        return self.__x, A.__z, self.__dunder__
    def kw(self, **kw):
        return kw
    def call_kw(self):
        return self.kw(__k=5)

a = A()
print(sorted(k for k in vars(A) if "z" in k))
print(sorted(vars(a)))
print(a.f(), a.get(), a._A__x, a.call_kw())
try:
    a.__x
except AttributeError as e:
    print("AttributeError", e)

class _Under:
    def m(self):
        self.__v = 1
        return sorted(vars(self))
print(_Under().m())

class B(A):
    def get_b(self):
        self.__x = "B's own"
        return sorted(vars(self))
print(B().get_b())

class Outer:
    class __Inner:
        pass
    def make(self):
        return self.__Inner.__name__
print(Outer().make(), hasattr(Outer, "_Outer__Inner"))

def free():
    __hidden = "outer"
    class C:
        def m(self):
            try:
                return __hidden
            except NameError:
                return "not visible (mangled)"
    return C().m()
print(free())
