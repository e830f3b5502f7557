# from m import *: __all__ when present, else the names not starting with '_'
from import_pkg.sub.deep import *
print(X, helper(), fb())
print("public_not_in_all" in globals(), "_private" in globals())

from import_pkg.noall import *
print(a, b, f())
print("_c" in globals())

from _import_mod import *
print(counter, "_hidden" in globals())
