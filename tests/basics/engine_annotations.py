# function annotations are evaluated at definition time and kept in __annotations__
def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
def g(x, y):
    pass
print(g.__annotations__)
class C:
    def m(self, __p: int) -> None:
        pass
print(C.m.__annotations__)
try:
    def h(x: undefined_name):
        pass
except NameError as e:
    print("NameError", e)
lam = lambda x: x
print(lam.__annotations__)
x: int = 5
y: "later"
print(x, __annotations__)
class K:
    a: int
    b: str = "s"
print(K.__annotations__, K.b)
def local_ann():
    z: int = 3
    w: float
    return z
print(local_ann())
class WithSlots:
    a: int = 3
    b: str
print(WithSlots.a, WithSlots.__annotations__)
