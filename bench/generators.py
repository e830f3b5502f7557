# Generators: pipelines of generator functions and generator expressions.
def numbers(n):
    for i in range(n):
        yield i

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

def scaled(it, k):
    for x in it:
        yield x * k

def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf

total = 0
for chunk in chunks(scaled(evens(numbers(2000000)), 3), 50):
    total += sum(v for v in chunk if v % 4)
print(total)
