# Closures and higher-order functions: map/filter/lambda, nested functions, sorting with keys.
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

def compose(f, g):
    return lambda x: f(g(x))

def run(n):
    c = make_counter()
    h = compose(lambda x: x + 1, lambda x: x * 2)
    acc = 0
    for i in range(n):
        acc += h(i) + c()
    vals = list(map(lambda v: v % 97, filter(lambda v: v & 1, range(n))))
    vals.sort(key=lambda v: -v)
    return acc, vals[:3], len(vals)

for _ in range(8):
    r = run(100000)
print(r)
