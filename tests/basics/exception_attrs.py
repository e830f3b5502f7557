# Exception instance attributes: arbitrary attributes, __dict__, with_traceback,
# unbound method calls, deletion, and the attributes of the special kinds.
e = ValueError("v")
print(e.__dict__, e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
e.code = 5
e.extra = [1]
print(e.code, e.extra, sorted(e.__dict__))
del e.extra
print(hasattr(e, "extra"), getattr(e, "extra", "gone"))
try:
    del e.never_set
except AttributeError:
    print("AttributeError on delete")
print(e.with_traceback(None) is e)
print(Exception.__repr__(KeyError("k")), BaseException.__str__(ValueError(1, 2)))

class MyErr(ValueError):
    pass
print(Exception.__repr__(MyErr("x")), ValueError.__str__(MyErr("y", 2)))
m = MyErr("m")
print(m.args)
e = OSError(2, "ENOENT")
e.filename = "f.txt"
print(e.filename, e.errno, e.strerror)
s = StopIteration(7)
s.value = 8
print(s.value, s.args)
x = SystemExit(3)
print(x.code, x.args)
e = KeyError("k")
e.args = ("a", "b")
print(str(e), repr(e))
e.__suppress_context__ = True
print(e.__suppress_context__)
e.__context__ = ValueError("ctx")
print(repr(e.__context__))
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
try:
    e.__context__ = 5
except TypeError as t:
    print("TypeError", t)
print(ValueError().args, ValueError(*"ab").args)
