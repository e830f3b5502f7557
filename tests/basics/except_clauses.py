# try/except/else/finally: clause selection, tuples, bare except, re-raise, the `as`
# name being unbound afterwards, exceptions raised in handlers and in finally.
def classify(exc):
    try:
        if exc is not None:
            raise exc
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ArithmeticError:
        return "arith"
    except Exception as e:
        return "other " + repr(e)
    else:
        return "no error"
    finally:
        print("finally for", type(exc).__name__ if exc is not None else None)

for exc in [KeyError("k"), IndexError, ZeroDivisionError("z"), OverflowError, ValueError("v"), None]:
    print(classify(exc))

def bare():
    try:
        raise SystemExit(4)
    except:
        return "bare caught"
print(bare())

try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("name unbound:", e)

def reraise():
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            print("handling, then re-raise")
            raise
    except KeyError as e:
        return "outer got " + repr(e)
print(reraise())

def return_swallows():
    try:
        raise ValueError("swallowed")
    finally:
        return "finally return"
print(return_swallows())

def loop_control():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_control())

def order():
    log = []
    try:
        log.append("try")
        try:
            log.append("inner try")
            raise IndexError
        except KeyError:
            log.append("wrong handler")
        finally:
            log.append("inner finally")
    except IndexError:
        log.append("outer handler")
    else:
        log.append("else")
    finally:
        log.append("outer finally")
    return log
print(order())

def raise_type_and_instance():
    res = []
    for thing in (ValueError, ValueError("inst"), StopIteration):
        try:
            raise thing
        except Exception as e:
            res.append(repr(e))
    return res
print(raise_type_and_instance())

def bad_raise():
    try:
        raise 42
    except TypeError as e:
        return str(e)
print(bad_raise())

def bad_except():
    try:
        try:
            raise ValueError
        except 42:
            pass
    except TypeError as e:
        return str(e)
print(bad_except())

try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("BaseException catches", type(e).__name__)

e = None
try:
    [][0]
except IndexError as e2:
    print(e2, type(e2).__name__)
print(e)
