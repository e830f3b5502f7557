"""The module's docstring."""
# a module docstring is stored in __doc__; functions and classes keep theirs too
print(__doc__)
def f():
    "f's doc"
print(f.__doc__)
class C:
    "C's doc"
print(C.__doc__)
g = {}
exec("'exec doc'\nx = 1", g)
print(g["__doc__"], g["x"])
exec("x = 2", g)
print(g["x"])
