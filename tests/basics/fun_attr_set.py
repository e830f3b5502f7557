# Setting a function's special attributes: wrong kinds are TypeErrors, right ones take effect.
def f(a=1, b=2):
    return a, b

for name, value in [("__defaults__", 5), ("__defaults__", [1]), ("__kwdefaults__", 3),
                    ("__name__", 7), ("__qualname__", None), ("__dict__", [])]:
    try:
        setattr(f, name, value)
        print(name, "set")
    except TypeError as e:
        print(name, "TypeError", e)
print(f())
f.__defaults__ = (10, 20, 30, 40)  # longer than the parameters: the last ones apply
print(f())
f.__defaults__ = (5,)
print(f(0))
try:
    f()
except TypeError as e:
    print("TypeError", e)
f.__defaults__ = None
try:
    f()
except TypeError as e:
    print("TypeError", e)


def g(*, k=1):
    return k


g.__kwdefaults__ = {"k": 9}
print(g())
g.__kwdefaults__ = None
try:
    g()
except TypeError as e:
    print("TypeError", e)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
