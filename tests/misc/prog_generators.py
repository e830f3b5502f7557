# Generator pipelines, send(), yield from, and itertools-like helpers written in Python.
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step

def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out

def chain(*its):
    for it in its:
        yield from it

def accumulate(it):
    total = 0
    for x in it:
        total += x
        yield total

def averager():
    total = count_ = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return avg
        total += value
        count_ += 1
        avg = total / count_

print(take(5, count(10, 3)))
print(list(chain([1, 2], (3,), range(4, 6))))
print(list(accumulate(range(1, 6))))
g = averager()
next(g)
for v in [10, 20, 60]:
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("done", e.value)

def delegate():
    result = yield from averager()
    yield "result %s" % result

d = delegate()
next(d)
d.send(4)
d.send(8)
print(d.send(None))
squares = (x * x for x in range(10) if x % 2)
print(sum(squares), list(squares))
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(15, fibs()))
gen = fibs()
print(next(gen), next(gen), next(gen))
gen.close()
print(list(gen))
