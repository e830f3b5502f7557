# packages: __init__, submodules bound as attributes, dotted import forms
import sys
import import_pkg
print(import_pkg.value)
print(hasattr(import_pkg, "__path__"), import_pkg.__name__)

import import_pkg.mod_a
print(import_pkg.mod_a.fa())
print(hasattr(import_pkg, "mod_b"), "import_pkg.mod_b" in sys.modules)

from import_pkg import mod_b
print(mod_b is import_pkg.mod_b, mod_b.__name__)

import import_pkg.sub.deep as d
print(d.X, d.helper())
print(import_pkg.sub.deep is d, import_pkg.sub.parent_value)

from import_pkg.sub import deep
print(deep is d)

from import_pkg.sub.deep import helper as h
print(h())

# a module is not a package
try:
    import import_pkg.mod_b.nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

try:
    from import_pkg import no_such_submodule
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'no_such_submodule' from 'import_pkg'"))

# __import__-style return value: `import a.b` binds a
import import_pkg.noall
print(type(import_pkg).__name__, import_pkg.noall.f())
