# dir(), vars(), globals(), locals(): module, class, instance and function scopes.
import math

class Base:
    base_attr = 1
    def base_method(self):
        pass

class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3

def public(names):
    return [n for n in names if not n.startswith("_")]

c = Child()
print(public(dir(c)))
print(public(dir(Child)), public(dir(Base)))
print(vars(c), sorted(public(vars(Child))))
c.extra = 4
print(vars(c), "extra" in dir(c))
print("sqrt" in dir(math), "pi" in dir(math), vars(math) is vars(math))
print("append" in dir([]), "keys" in dir({}), "upper" in dir(""), "__init__" in dir(c))
print(dir(c) == sorted(dir(c)))

class WithDir:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(WithDir()))

def f(a, b=2):
    local_var = a + b
    names = sorted(locals())
    return names, locals()["local_var"]
print(f(1))

def g():
    return sorted(public(dir()))
print(g())

top_level = 1
gl = globals()
print(gl["top_level"], "f" in gl, gl is globals(), gl["__name__"])
print(locals() is globals())
gl["made_here"] = 5
print(made_here)
print(public(sorted(k for k in dir() if k in ("c", "f", "g", "math", "top_level"))))

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: vars(1))
err(lambda: vars("abc"))
err(lambda: dir(1, 2))
