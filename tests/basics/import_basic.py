# import of a plain module: caching in sys.modules, aliases, from-import, errors
import sys
import _import_mod
import _import_mod
import _import_mod as m

print(m is _import_mod)
print("_import_mod" in sys.modules, sys.modules["_import_mod"] is m)
print(m.bump(), m.bump(), _import_mod.counter)
print(m.__name__)

from _import_mod import bump, counter
print(bump(), counter, m.counter)

from _import_mod import bump as b2
print(b2 is bump)

try:
    from _import_mod import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'no_such_name' from '_import_mod'"))

try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
    print(isinstance(e, ImportError))
print("no_such_module_xyz" in sys.modules)

try:
    import no_such_module_xyz.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)


def local_import():
    import _import_mod as inner
    return inner.counter

print(local_import())
print("local_import" in dir())
