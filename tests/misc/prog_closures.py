# Closures, decorators, nonlocal, default arguments, keyword-only and *args/**kwargs.
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), len(fib.cache))

def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    def get():
        return n
    return inc, get

inc, get = counter()
inc(); inc(5)
print(get())

def tag(name, *children, cls=None, **attrs):
    a = "".join(' %s="%s"' % kv for kv in sorted(attrs.items()))
    if cls:
        a = ' class="%s"' % cls + a
    return "<%s%s>%s</%s>" % (name, a, "".join(children), name)

print(tag("p", "hi", " there", cls="x", id="p1"))
print(tag("br"))
args = ("div", tag("b", "bold"))
print(tag(*args, **{"data": "1"}))

def make_adders():
    return [lambda x, i=i: x + i for i in range(4)]
print([f(10) for f in make_adders()])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())

def kwonly(a, b=2, *, c, d=4):
    return (a, b, c, d)
print(kwonly(1, c=3), kwonly(1, 5, c=6, d=7))
try:
    kwonly(1, 2, 3)
except TypeError as e:
    print("TypeError")

def posonly(a, b, /, c):
    return a + b + c
print(posonly(1, 2, c=3))
try:
    posonly(a=1, b=2, c=3)
except TypeError:
    print("TypeError posonly")
