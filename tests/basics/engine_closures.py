# closures, nonlocal, global, cells shared between functions, late binding
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    def get():
        return n
    return inc, get

inc, get = counter()
inc(); inc(5)
print(get())

def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()()

print(outer())

fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])

g = 10
def set_global():
    global g
    g = 20
    def read():
        return g
    return read()

print(set_global(), g)

def param_cell(a):
    def f():
        return a * 2
    a += 1
    return f()

print(param_cell(5))

def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3()
        return l2()
    return l1()

print(deep())

def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    y = 1

unbound()

def free_unbound():
    def f():
        return z
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1

free_unbound()

try:
    undefined_name
except NameError as e:
    print("NameError", e)

# walrus binds in the enclosing scope
def walrus():
    data = [1, 5, 3, 8]
    if any((big := v) > 4 for v in data):
        print("first big", big)
    print([last := v * 2 for v in data], last)

walrus()
print([(w := k) for k in range(3)], w)

# class scope does not leak into methods
class C:
    v = 5
    vals = [v * 2 for _ in range(2)] if False else None
    def m(self):
        try:
            return v
        except NameError:
            return "no v"
print(C().m())

def class_in_func():
    x = "outer"
    class K:
        y = x
        z = "class"
        def m(self):
            return x
    return K.y, K.z, K().m()

print(class_in_func())

del g
try:
    print(g)
except NameError as e:
    print(e)
