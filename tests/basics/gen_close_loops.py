# a for loop that created a generator (the iterable is a call) closes it when left early,
# as CPython does through reference counting; generators referenced elsewhere stay open
def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)

for x in g("break"):
    break
print("after break")

try:
    for x in g("exc"):
        raise ValueError
except ValueError:
    print("caught")

def ret():
    for x in g("return"):
        return x
print(ret())

for x in g("exhaust"):
    pass
print("after exhaust")

saved = g("saved")
for x in saved:
    break
print("saved not closed", next(saved))

def outer():
    for x in g("nested"):
        yield x
o = outer()
next(o)
o.close()
print("outer closed")

def wrapper(gen):
    return gen
shared = g("shared")
next(shared)
for x in wrapper(shared):
    break
print("shared still open", next(shared, "end"))

for i in range(2):
    for x in g("inner%d" % i):
        if x == 1:
            continue
        break
print("done")
saved.close()
shared.close()
