# yield and yield from, as statements and expressions
def gen():
    yield
    yield 1
    yield 1, 2
    yield from [3, 4]
    x = yield 5
    print("sent", x)
    y = yield
    print("sent", y)
    z = (yield 6) + 1
    print("z", z)
    return "done"
g = gen()
print(next(g), next(g), next(g), next(g), next(g), next(g))
print(g.send("a"))
print(g.send("b"))
try:
    g.send(10)
except StopIteration as e:
    print("StopIteration", e.value)
def delegate():
    result = yield from gen2()
    print("result", result)
    yield result * 2
def gen2():
    yield "g2"
    return 21
print(list(delegate()))
def yield_in_exprs():
    b = (yield) or "default"
    print("b", b)
    yield *[1, 2], 3
    c = yield *[7], 8
    print("c", c)
    f = yield from ()
    print("f", f)
yg = yield_in_exprs()
print(next(yg), yg.send(None))
print(yg.send("sent c") if False else next(yg))
try:
    next(yg)
except StopIteration:
    print("stopped")
def lam():
    return (lambda: (yield 1))
print(list(lam()()))
def gen_in_call():
    print((yield), (yield 2))
gc = gen_in_call()
next(gc)
gc.send("x")
try:
    gc.send("y")
except StopIteration:
    pass
genexp = (i * i for i in range(4) if i)
print(list(genexp))
print(list(x for x in (y for y in range(3))))
