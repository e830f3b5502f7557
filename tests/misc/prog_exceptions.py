# Exception flow: nesting, finally ordering, re-raise, chaining, custom hierarchies, with.
log = []

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log.append("enter " + self.name)
        return self
    def __exit__(self, typ, val, tb):
        log.append("exit %s %s" % (self.name, typ.__name__ if typ else None))
        return self.suppress

def risky(n):
    try:
        if n == 0:
            raise ValueError("zero")
        if n == 1:
            return 1 / 0
        return n
    except ValueError as e:
        log.append("caught " + str(e))
        raise KeyError(n) from e
    finally:
        log.append("finally %d" % n)

for n in range(3):
    try:
        print(risky(n))
    except KeyError as e:
        print("KeyError", e, type(e.__cause__).__name__)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
print(log)
log.clear()

with Resource("a") as a, Resource("b", suppress=True) as b:
    raise RuntimeError("inside")
print("after with", log)

def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")

for x in gen_finally():
    print(x)
    break

def loop_finally():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    return "end"
print(loop_finally())

def return_in_finally():
    try:
        return "try"
    finally:
        print("finally runs")
print(return_in_finally())

try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise
except TypeError as e:
    print("reraised", e)

class AppError(Exception): pass
class NetError(AppError): pass
try:
    raise NetError("down", 42)
except AppError as e:
    print(type(e).__name__, e.args, isinstance(e, Exception))
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
e = None
try:
    {}["missing"]
except (IndexError, KeyError) as e2:
    print(repr(e2))
print(e)
