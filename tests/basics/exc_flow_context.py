# the exception being handled: bare raise, implicit __context__, handlers restoring it
def ctx(e):
    c = e.__context__
    return type(c).__name__ if c is not None else None

try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print("context:", ctx(e))

try:
    try:
        raise KeyError("first")
    except KeyError:
        pass
    raise ValueError("after handler")
except ValueError as e:
    print("no context after handler:", ctx(e))

try:
    try:
        raise KeyError("k")
    finally:
        raise ValueError("from finally")
except ValueError as e:
    print("finally context:", ctx(e))

def helper():
    raise TypeError("in helper")

try:
    try:
        raise KeyError("outer")
    except KeyError:
        helper()
except TypeError as e:
    print("helper context:", ctx(e))

def reraise_in_function():
    raise

try:
    try:
        raise IndexError("idx")
    except IndexError:
        reraise_in_function()
except IndexError as e:
    print("re-raised from a function:", e)

try:
    reraise_in_function()
except RuntimeError as e:
    print("RuntimeError:", e)

def gen():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield "suspended in handler"
        raise

g = gen()
print(next(g))
try:
    raise ValueError("caller error")
except ValueError:
    try:
        next(g)
    except KeyError as e:
        print("generator re-raised its own:", e)

for i in range(3):
    try:
        raise ValueError(i)
    except ValueError as e:
        if i == 1:
            continue
        last = e
print("loop", last, ctx(last))

def nested_handlers():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise ValueError("b")
        except ValueError:
            pass
        raise
try:
    nested_handlers()
except KeyError as e:
    print("outer handler re-raised:", e)

class Boom(Exception):
    pass
try:
    try:
        raise Boom()
    except Boom as b:
        raise RuntimeError("wrapped") from b
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__)

# a handler's raise and a finally's raise keep the exception they replaced as __context__
def in_handler():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise TypeError("second")
    except TypeError as e:
        return repr(e) + " ctx " + repr(e.__context__)
print(in_handler())

def finally_overrides():
    try:
        try:
            raise ValueError("lost")
        finally:
            raise KeyError("from finally")
    except Exception as e:
        return repr(e) + " ctx " + repr(e.__context__)
print(finally_overrides())
