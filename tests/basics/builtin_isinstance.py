# isinstance() and issubclass(): builtin and user types, tuples (nested), errors.
class A: pass
class B(A): pass
class C: pass
class MyList(list): pass

print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int))
print(isinstance("s", str), isinstance(b"s", bytes), isinstance([], list), isinstance((), tuple))
print(isinstance({}, dict), isinstance(set(), set), isinstance(None, object), isinstance(int, type))
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (C, A)), isinstance(B(), (C, (int, A))))
print(isinstance(MyList(), list), isinstance([], MyList), isinstance(3, ()))
print(isinstance(ValueError(), Exception), isinstance(KeyError(), LookupError))
print(issubclass(B, A), issubclass(A, B), issubclass(A, A), issubclass(B, (C, A)))
print(issubclass(bool, int), issubclass(int, object), issubclass(MyList, list), issubclass(list, MyList))
print(issubclass(KeyError, Exception), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(type, object), issubclass(object, type), isinstance(type, type))
print(isinstance(1, (str, (list, (float, int)))))

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: isinstance(1, 2))
err(lambda: isinstance(1, (str, 2)))
err(lambda: isinstance(1, (int, 2)))
err(lambda: issubclass(1, int))
err(lambda: issubclass(int, 1))
err(lambda: issubclass(A(), A))
err(lambda: isinstance(1))

