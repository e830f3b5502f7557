# getattr/setattr/delattr/hasattr on instances, classes, modules and builtins.
class A:
    x = 1
    def m(self):
        return "m"

class WithGetattr:
    def __getattr__(self, name):
        if name == "boom":
            raise ValueError("boom")
        if name.startswith("dyn"):
            return name.upper()
        raise AttributeError(name)

a = A()
print(getattr(a, "x"), getattr(a, "m")(), getattr(a, "y", "dflt"))
setattr(a, "y", 5)
print(a.y, getattr(a, "y"), hasattr(a, "y"), hasattr(a, "z"))
delattr(a, "y")
print(hasattr(a, "y"), getattr(a, "y", None))
setattr(A, "z", 10)
print(a.z, hasattr(A, "z"), getattr(A, "x"))
delattr(A, "z")
print(hasattr(a, "z"))
print(getattr([], "append") is not None, hasattr("s", "upper"), hasattr(1, "nope"))
print(getattr(1, "real"), hasattr(int, "from_bytes"))

w = WithGetattr()
print(getattr(w, "dynamic"), hasattr(w, "dynx"), hasattr(w, "other"))
print(getattr(w, "other", "fallback"))

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: getattr(a, "missing"))
err(lambda: hasattr(w, "boom"))
err(lambda: getattr(w, "boom", 1))
err(lambda: getattr(a, 1))
err(lambda: setattr(a, 2, 3))
err(lambda: delattr(a, None))
err(lambda: hasattr(a, 1))
err(lambda: delattr(a, "never"))
err(lambda: setattr(1, "x", 2))
err(lambda: getattr(a))
err(lambda: hasattr(a))
