# Traceback text as sys.print_exception() (MicroPython's API) prints it: CPython's format
# without source lines (hence the .exp). Covers nesting, chaining, notes, recursion.
import sys

def show(f):
    try:
        f()
    except BaseException as e:
        sys.print_exception(e, sys.stdout)
    print("--")

def inner():
    raise ValueError("inner failed")

def middle():
    inner()

show(middle)
show(lambda: {}["key"])
show(lambda: 1 / 0)

def cause():
    try:
        inner()
    except ValueError as e:
        raise RuntimeError("wrapped") from e
show(cause)

def context():
    try:
        [][3]
    except IndexError:
        undefined_name
show(context)

def suppressed():
    try:
        inner()
    except ValueError:
        raise KeyError("k") from None
show(suppressed)

class AppError(Exception):
    pass

def custom():
    e = AppError("code", 7)
    e.add_note("a note")
    raise e
show(custom)

def recurse(n):
    if n == 0:
        raise OverflowError("deep")
    recurse(n - 1)
show(lambda: recurse(10))

show(lambda: compile("x = (1,\n", "prog.py", "exec"))
show(lambda: exec("a = 1 +* 2"))
show(lambda: exec("def f():\n    raise TypeError('in exec')\nf()"))

class BadStr(Exception):
    def __str__(self):
        raise ValueError
def bad_str():
    raise BadStr()
show(bad_str)
show(lambda: sys.exit(2))
