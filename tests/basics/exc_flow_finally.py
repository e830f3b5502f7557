# try/except/else/finally control flow: break/continue/return through finally and with
def f1():
    try:
        return "try"
    finally:
        print("finally 1")

print(f1())

def f2():
    try:
        return "try"
    finally:
        return "finally"

print(f2())

def f3():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    else:
        print("no else")
    return i

print(f3())

def f4():
    try:
        raise ValueError("x")
    except ValueError as e:
        print("caught", e)
        return "from handler"
    finally:
        print("finally 4")

print(f4())

def f5():
    try:
        1 / 0
    finally:
        return "swallowed"

print(f5())

def f6():
    while True:
        try:
            try:
                raise KeyError("k")
            finally:
                print("inner finally")
        except KeyError:
            print("outer caught")
            break
    return "done"

print(f6())

def f7():
    try:
        pass
    except Exception:
        print("never")
    else:
        print("else runs")
    finally:
        print("finally runs")

f7()

def f8():
    try:
        raise TypeError("t")
    except (ValueError, TypeError) as e:
        print("tuple match", type(e).__name__)
    try:
        e
    except NameError:
        print("e deleted")

f8()

def f9():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise
    except ValueError as e:
        print("reraised", e)

f9()

def f10():
    for i in range(3):
        try:
            for j in range(3):
                try:
                    if j == 1:
                        break
                finally:
                    print("j fin", i, j)
            if i == 1:
                continue
        finally:
            print("i fin", i)

f10()

def nested_return():
    try:
        try:
            return 1
        finally:
            print("a")
    finally:
        print("b")

print(nested_return())

def finally_exc_replaces():
    try:
        try:
            raise ValueError
        finally:
            raise KeyError("replaced")
    except Exception as e:
        return type(e).__name__

print(finally_exc_replaces())

def loop_in_finally():
    try:
        return "ret"
    finally:
        for i in range(2):
            print("loop", i)

print(loop_in_finally())

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            out.append(i)
        finally:
            continue
    return out

print(continue_in_finally())

def except_no_match():
    try:
        try:
            raise IndexError("idx")
        except KeyError:
            print("wrong")
    except LookupError as e:
        print("outer", type(e).__name__, e)

except_no_match()

def bare_raise_no_active():
    try:
        raise
    except RuntimeError as e:
        print("RuntimeError", e)

bare_raise_no_active()

def context_restored():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        try:
            raise
        except ValueError as e:
            print("still outer:", e)

context_restored()

def raise_from():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError("wrapped") from e
    except ValueError as e:
        print(type(e.__cause__).__name__)

raise_from()

try:
    raise ValueError
except ValueError as e:
    print(repr(e))

class MyErr(Exception):
    pass

try:
    raise MyErr("custom")
except Exception as e:
    print(type(e).__name__, e.args)

try:
    raise 5
except TypeError as e:
    print("TypeError", e)

try:
    try:
        pass
    except 5:
        pass
    print("no exception, no check")
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print("TypeError", e)

try:
    assert 1 == 2, "message"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError", e.args)
