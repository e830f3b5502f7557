# relative imports inside packages, circular imports, failed imports are not cached
import sys
from import_pkg import circ_a, circ_b
print(circ_a.get_b(), circ_b.get_a())

try:
    import import_pkg.broken
except ValueError as e:
    print("ValueError", e)
print("import_pkg.broken" in sys.modules)
try:
    from import_pkg import broken
except ValueError as e:
    print("ValueError again", e)

try:
    import import_pkg.bad_relative
except ImportError as e:
    print(type(e).__name__, e)

# relative import in a script that is not part of a package
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
