# generators: send, throw, close, return values, yield from delegation, generator expressions
def gen():
    x = yield 1
    print("got", x)
    y = yield x * 2
    print("got", y)
    return "done"

g = gen()
print(next(g))
print(g.send(10))
try:
    g.send(20)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(g)
except StopIteration as e:
    print("again", e.value)

def sub():
    try:
        r = yield "a"
        print("sub got", r)
        yield "b"
    finally:
        print("sub cleanup")
    return 42

def delegator():
    v = yield from sub()
    print("sub returned", v)
    yield "c"

print(list(delegator()))
d = delegator()
print(next(d), d.send("hello"))
d.close()

def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)

c = catcher()
next(c)
c.throw(ValueError("boom"))
c.throw(ValueError, "boom2")
c.close()

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2

ig = ignores_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError", e)

def raises_stop():
    yield 1
    raise StopIteration

try:
    list(raises_stop())
except RuntimeError as e:
    print("RuntimeError", e)

def reentrant():
    yield g2.send(None)

g2 = reentrant()
try:
    next(g2)
except ValueError as e:
    print("ValueError", e)

def fresh():
    yield 1

try:
    fresh().send(5)
except TypeError as e:
    print("TypeError", e)

print(sum(x * x for x in range(10)))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
print(list((x, y) for x in range(3) for y in range(x)))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError", e)

def throw_into_delegate():
    yield from catcher()

t = throw_into_delegate()
next(t)
t.throw(ValueError("via delegate"))
t.close()

def yf_iter():
    r = yield from [1, 2, 3]
    print("list returned", r)

print(list(yf_iter()))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])

gen_closed = gen()
gen_closed.close()
print(list(gen_closed))

def early_throw():
    yield 1

et = early_throw()
try:
    et.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
print(list(et))
print(type(gen()).__name__)
