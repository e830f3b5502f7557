# BaseException.add_note and __notes__ (3.11; FE_EXC_NOTES), on builtin and user exceptions.
e = ValueError("v")
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as t:
    print("TypeError", t)

class MyErr(ValueError):
    pass
m = MyErr("m")
m.add_note("note on subclass")
print(m.__notes__, m.args)
e = KeyError("k")
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as t:
    print("TypeError", t)
