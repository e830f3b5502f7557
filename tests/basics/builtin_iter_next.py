# iter() (one argument and callable/sentinel form), next() with and without a default.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
print(iter(it) is it, list(iter((4, 5))), list(iter("ab")), list(iter({"k": 1})))
gen = (x * 2 for x in range(3))
print(next(gen), list(gen), next(gen, -1))

counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
ci = iter(tick, 8)
print(next(ci), next(ci), next(ci, "end"), next(ci, "end"))
print(type(iter(tick, 0)).__name__)

data = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(data), "")))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Countdown(3)
print(next(c), list(c), next(c, "x"))

def g():
    yield 1
    return "result"
gi = g()
print(next(gi))
try:
    next(gi)
except StopIteration as e:
    print("stop", e.value, e.args)

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: next(iter([])))
err(lambda: next([1]))
err(lambda: next(5))
err(lambda: iter(5))
err(lambda: iter(5, 1))
err(lambda: iter())
err(lambda: next())
