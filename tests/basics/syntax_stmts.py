# statements: if/elif/else, loops with else, try forms, with, del, assert, global/nonlocal, class
for n in range(4):
    if n == 0:
        print("zero")
    elif n == 1:
        print("one")
    elif n == 2:
        pass
    else:
        print("other")
i = 0
while i < 3:
    i += 1
    if i == 2:
        continue
    print("while", i)
else:
    print("while-else")
while True:
    break
else:
    print("not printed")
for x in []:
    pass
else:
    print("for-else")
for x in range(5):
    if x == 1:
        break
else:
    print("not printed")
for a, b in [(1, 2), (3, 4)]:
    print(a, b)
for a, (b, c) in [(1, (2, 3))]:
    print(a, b, c)
for *a, b in [(1, 2, 3)]:
    print(a, b)
for x, in [(1,), (2,)]:
    print(x)
for i in 1, 2:
    print("tuple iter", i)
for i in *[1], *[2]:
    print("star iter", i)
# try / except / else / finally
def t(exc):
    try:
        if exc:
            raise exc
    except ValueError:
        print("ValueError")
    except (TypeError, KeyError) as e:
        print("TypeError or KeyError", type(e).__name__)
    except Exception as e:
        print("Exception", type(e).__name__)
    else:
        print("no exception")
    finally:
        print("finally")
t(None)
t(ValueError)
t(KeyError("k"))
t(ZeroDivisionError)
try:
    pass
finally:
    print("try-finally")
try:
    raise IndexError
except:
    print("bare except")
try:
    try:
        1 / 0
    except ZeroDivisionError as err:
        raise ValueError("wrapped") from err
except ValueError as e:
    print(type(e.__cause__).__name__)
try:
    raise
except RuntimeError:
    print("RuntimeError re-raise")
# with
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name)
        return False
with CM("a"):
    print("body")
with CM("a") as x, CM("b") as y:
    print(x, y)
with (CM("e")):
    pass
with CM("hi") as (p, q):
    print(p, q)
# del
a = 1
b = [1, 2, 3]
c = {"k": 1}
class O:
    pass
o = O()
o.attr = 1
del a
del b[0], c["k"]
del o.attr
print(b, c, hasattr(o, "attr"))
x1 = x2 = 0
del (x1, x2)
y1 = [0]
del [y1]
b = list(range(10))
del b[::2]
print(b)
try:
    a
except NameError:
    print("deleted")
# assert
assert True
assert 1 == 1, "message"
try:
    assert 1 == 2, "failed " + "assertion"
except AssertionError as e:
    print("AssertionError", e)
# pass, semicolons, one-line compound statements
pass; pass
if True: x = 1; y = 2
print(x, y)
while x: x -= 1
class Empty: pass
def empty(): pass
print(Empty.__name__, empty())
# classes
class Base:
    attr = "base"
    def method(self):
        return "Base.method"
class Derived(Base):
    """docstring"""
    def method(self):
        return "Derived+" + super().method()
class WithKw(Base, metaclass=type):
    pass
bases = (Base,)
class FromStar(*bases):
    pass
print(Derived().method(), Derived.attr, WithKw.attr, FromStar().method())
class Outer:
    class Inner:
        value = 5
    x = [Inner.value]
print(Outer.Inner.value, Outer.x)
# global and nonlocal
g = 0
def set_global():
    global g, h
    g = 1
    h = 2
set_global()
print(g, h)
def make():
    v = 0
    def inc():
        nonlocal v
        v += 1
        return v
    return inc
f = make()
f()
print(f())
