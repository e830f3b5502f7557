# Small-heap smoke test (runs on the 16 KB micro:bit): generators, closures.
def gen(n):
    for i in range(n):
        yield i * 2


print(list(gen(5)), sum(gen(10)))


def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n
    return inc


c = counter()
c()
print(c())
