# Scoping: globals, nonlocal, class scopes, comprehension scopes, del, shadowing builtins.
g = "global"
def read_global():
    return g
def write_global():
    global g
    g = "changed"
print(read_global()); write_global(); print(g)

def outer():
    v = 1
    def mid():
        nonlocal v
        v += 1
        def inner():
            nonlocal v
            v *= 10
        inner()
        return v
    return mid(), v
print(outer())

def unbound():
    try:
        print(u)
    except NameError as e:
        print(type(e).__name__, e)
    u = 1
unbound()
try:
    print(undefined_name)
except NameError as e:
    print("NameError", e)

class C:
    x = 5
    y = [x * i for i in range(3)] if False else None
    def m(self):
        return x if "x" in globals() else "no x"
    z = x + 1
print(C.x, C.y, C.z, C().m())

x = "module x"
print([x for x in range(3)], x)
print({k: v for k, v in [(1, 2)]}, (lambda: x)())
print((w := 5), w)
print([y := 3, y ** 2])
def walrus_in_comp():
    data = [1, 2, 3, 4]
    found = [last := v for v in data if v % 2 == 0]
    return found, last
print(walrus_in_comp())

def shadow():
    len = lambda v: "shadowed"
    return len([1, 2])
print(shadow(), len([1, 2]))
a = 1
del a
try:
    a
except NameError:
    print("deleted")
lst = [1, 2, 3, 4]
del lst[1], lst[-1]
print(lst)
dd = {"a": 1, "b": 2}
del dd["a"]
print(dd)
def defaults(a, b=[]):
    b.append(a)
    return b
print(defaults(1), defaults(2), defaults(3, []))
def counter():
    counter.calls = getattr(counter, "calls", 0) + 1
    return counter.calls
counter(); print(counter())
