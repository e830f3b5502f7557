# import statement forms
import sys
import sys as system
from sys import argv
from sys import argv as av, path
from sys import (argv as av2,
                 path as p2,)
print(system is sys, av is argv, av2 is argv, p2 is path)
def local_import():
    import sys as s2
    from sys import path as lp
    return s2 is sys and lp is path
print(local_import())
# forms that need packages: only compiled
for src in [
    "import a.b.c",
    "import a.b as ab, c",
    "from . import x",
    "from .. import (x, y)",
    "from ...pkg.mod import name as n",
    "from .mod import *",
    "from .... import z",
    "from a.b import *",
]:
    compile(src, "<test>", "exec")
    print("compiled:", src)
for src in ["from x import *, a", "from x import a,", "import a.b as", "from . import", "import .a", "from x import (a, b", "import a as b.c"]:
    try:
        compile(src, "<test>", "exec")
        print("compiled:", src)
    except SyntaxError as e:
        print(type(e).__name__, src)
try:
    from . import nothing
except ImportError as e:
    print("ImportError")
