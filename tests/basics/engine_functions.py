# functions as objects: decorators, attributes, recursion, higher-order use, lambdas
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, sorted(kwargs.items()))
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper

@trace
def add(a, b=0):
    return a + b

print(add(1, b=2), add.__name__, add.__wrapped__(5))

def repeat(n):
    def deco(fn):
        def inner(*a):
            return [fn(*a) for _ in range(n)]
        return inner
    return deco

@repeat(3)
@trace
def one():
    return 1

print(one())

def f():
    pass
f.attr = 5
f.__dict__["other"] = 6
print(f.attr, f.other, f.__module__, f.__qualname__, f.__defaults__)
del f.attr
try:
    f.attr
except AttributeError:
    print("attr deleted")

def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in make_adders()])

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))

def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)
def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)
print(mutual_even(10), mutual_odd(7))

print(sorted([3, 1, 2], key=lambda v: -v))
print(list(map(lambda a, b: a * b, [1, 2], [3, 4])))
print(list(filter(None, [0, 1, "", "x"])))

def gen_fn():
    yield 1
print(type(gen_fn).__name__, type(gen_fn()).__name__)
print(callable(add), callable(5))

def defaults_evaluated_once(x=[]):
    x.append(len(x))
    return x
defaults_evaluated_once(); defaults_evaluated_once()
print(defaults_evaluated_once())

def kwonly_defaults(*, a=1, b):
    return a, b
print(kwonly_defaults(b=2), kwonly_defaults(a=3, b=4))

def returns_none():
    return
print(returns_none())

def multiple_returns(x):
    if x > 0:
        return "pos"
    elif x < 0:
        return "neg"
    return "zero"
print([multiple_returns(v) for v in (-1, 0, 1)])

def nested_default_closure():
    k = 5
    def g(a=lambda: k):
        return a()
    return g()
print(nested_default_closure())

def docstring_fn():
    """A docstring."""
print(docstring_fn.__doc__, (lambda: 0).__doc__)
print(add.__code__.co_name if hasattr(add, "__code__") else "")
