# function definitions: every parameter form, defaults, annotations, lambda, decorators, calls
def f0():
    return "f0"
def f1(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, sorted(kwargs.items()))
print(f0(), f1(1, c=3), f1(1, 2, 3, 4, c=5, d=6, e=7, f=8))
def kw_only(*, a, b=2):
    return a, b
print(kw_only(a=1), kw_only(b=3, a=4))
def star_only(*args):
    return args
def kwargs_only(**kw):
    return sorted(kw)
print(star_only(), star_only(1, 2), kwargs_only(x=1, y=2))
def trailing(a, b,):
    return a + b
print(trailing(1, 2,))
def annotated(a: int, b: "str" = "x", *args: int, c: float = 1.0, **kw: dict) -> list:
    return [a, b, c]
print(annotated(1), annotated(2, "y", c=3.5))
def multiline(
    a,
    b=1,
    *,
    c=2,
):
    return a + b + c
print(multiline(10))
# lambdas with all parameter forms
print((lambda: 0)(), (lambda x: x + 1)(1), (lambda x, y=2: x * y)(3))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3))
print((lambda *, k=5: k)(), (lambda x=lambda: 1: x())())
print(list(map(lambda x: x * x, [1, 2, 3])), sorted([3, -1, 2], key=lambda v: abs(v)))
ident = lambda x: x
print(ident(ident)(7), (lambda: (yield))  is not None)
# calls with unpacking
def show(*a, **k):
    return a, sorted(k.items())
args = [1, 2]
kws = {"x": 1}
print(show(*args), show(*args, *args), show(0, *args, 3, *[4]))
print(show(**kws), show(**kws, y=2), show(**kws, **{"z": 3}), show(*args, **kws))
print(show(1, *args, x=1, *[9], **{"y": 2}))
print(show(a for a in range(3)) if False else show(*(a for a in range(3))))
print(sum(x for x in range(5)), max((x for x in "abc"), key=ord))
# decorators
def deco(fn):
    def wrapper(*a):
        return "deco(" + str(fn(*a)) + ")"
    return wrapper
def deco_arg(tag):
    def d(fn):
        return lambda *a: tag + str(fn(*a))
    return d
@deco
def g(x):
    return x * 2
@deco_arg("<")
@deco
def h():
    return "h"
registry = {}
@registry.setdefault("k", deco)
def i():
    return "i"
@(lambda fn: fn)
def j():
    return "j"
print(g(4), h(), i(), j())
def mark(cls):
    cls.marked = True
    return cls
@mark
class K:
    pass
print(K.marked)
# nested functions and closures
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
inc = outer()
print(inc(), inc())
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def docstring():
    "the doc"
    return 1
print(docstring())
def returns_tuple():
    return 1, 2, *[3]
print(returns_tuple())
def returns_nothing():
    return
print(returns_nothing())
