# __cause__ (raise ... from ...), __context__ (raise inside except), __suppress_context__.
def show(e):
    cause = type(e.__cause__).__name__ if e.__cause__ is not None else None
    context = type(e.__context__).__name__ if e.__context__ is not None else None
    print(type(e).__name__, e, "cause:", cause, "context:", context, "suppress:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("converted") from z
except ValueError as e:
    show(e)
    print(e.__cause__ is e.__context__)

try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during")
except RuntimeError as e:
    show(e)

try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise ValueError("outer") from None
except ValueError as e:
    show(e)

try:
    raise IndexError("plain")
except IndexError as e:
    show(e)

e = ValueError("manual")
e.__cause__ = KeyError("k")
show(e)
e.__cause__ = None
show(e)
e.__context__ = TypeError()
show(e)

def nested():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError:
            raise TypeError("third")
try:
    nested()
except TypeError as e:
    show(e)
    show(e.__context__)
    show(e.__context__.__context__)

try:
    try:
        raise ValueError("again")
    except ValueError as v:
        raise v
except ValueError as e:
    show(e)

def err(f):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)

def set_cause(v):
    e = ValueError()
    e.__cause__ = v
err(lambda: set_cause(5))
