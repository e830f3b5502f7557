# yield from: value passing, return values, exceptions crossing the delegation, close
class Iter:
    """A plain iterator (not a generator) with send/throw."""
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("iter done")
        return self.n * 10

def over_iter():
    r = yield from Iter()
    print("Iter returned", r)

print(list(over_iter()))

def inner():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v

def outer():
    result = yield from inner()
    yield "result %d" % result if False else ("result", result)

o = outer()
print(next(o), o.send(5), o.send(7), o.send(None))

def thrower():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("inner caught", e)
        yield "recovered"
    finally:
        print("inner finally")

def middle():
    try:
        yield from thrower()
    except ValueError as e:
        print("middle caught", e)
        yield "middle recovered"

m = middle()
print(next(m))
print(m.throw(KeyError("k")))
print(next(m, "exhausted"))

m = middle()
next(m)
print(m.throw(ValueError("v")))
m.close()

def deep(n):
    if n == 0:
        yield "bottom"
        return "ret0"
    r = yield from deep(n - 1)
    return r + str(n)

d = deep(5)
print(next(d))
try:
    next(d)
except StopIteration as e:
    print("deep value", e.value)

def closing():
    try:
        yield from thrower()
    finally:
        print("closing finally")

c = closing()
next(c)
c.close()
print("closed")

def gen_exc():
    yield 1
    raise ValueError("from gen")

g = gen_exc()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError", e)
print(next(g, "finished"))

def gen_ret_in_finally():
    try:
        yield 1
    finally:
        return "override"
gr = gen_ret_in_finally()
next(gr)
try:
    gr.throw(KeyError)
except StopIteration as e:
    print("StopIteration", e.value)

def counter_gen():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1

cg = counter_gen()
print([next(cg), next(cg), cg.send("reset"), next(cg)])

def gen_with_with():
    class CM:
        def __enter__(self):
            print("enter")
        def __exit__(self, *a):
            print("exit", a[0].__name__ if a[0] else None)
    with CM():
        yield 1
        yield 2

gw = gen_with_with()
next(gw)
gw.close()
print(list(gen_with_with()))

def exc_info_in_gen():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield 1
        raise

eg = exc_info_in_gen()
next(eg)
try:
    raise ValueError("caller")
except ValueError:
    pass
try:
    next(eg)
except KeyError as e:
    print("re-raised", e)
