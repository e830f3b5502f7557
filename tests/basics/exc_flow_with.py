# with statements: __enter__/__exit__ order, suppression, several items, exits on break/return
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress

with CM("a") as x:
    print("body", x)

with CM("a") as x, CM("b") as y:
    print("body", x, y)

with CM("s", True):
    raise ValueError("suppressed")
print("after suppressed")

try:
    with CM("n"):
        raise KeyError("kept")
except KeyError as e:
    print("propagated", e)

def ret():
    with CM("r"):
        return "returned"

print(ret())

for i in range(3):
    with CM("loop%d" % i):
        if i == 0:
            continue
        if i == 1:
            break

try:
    with 5:
        pass
except TypeError as e:
    print("TypeError", e)

class Tgt:
    pass

t = Tgt()
with CM("attr") as t.v:
    pass
print(t.v)
with CM("xy") as (p, q):
    pass
print(p, q)

def nested_exc():
    try:
        with CM("outer"):
            with CM("inner", True):
                raise IndexError("i")
            raise ZeroDivisionError("z")
    except ZeroDivisionError as e:
        print("caught", e)

nested_exc()
