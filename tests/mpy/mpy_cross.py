# run-with: python3
# ferrite-cross and .mpy import: compiles modules and packages, imports them (also with
# `ferrite -m`), checks tracebacks, -O levels, .py-over-.mpy precedence, frozen modules
# and the rejection of incompatible files.
import os
import shutil
import subprocess
import sys
import tempfile

FERRITE = os.environ["FERRITE"]
CROSS = os.path.join(os.path.dirname(FERRITE), "ferrite-cross")

MOD = '''\
"""module doc"""
import sys
BIG = 12345678901234567890123 * 7
HUGE_SMALL = 2 ** 40 + 3
F = 1.25e-3
T = (1, "two", b"three", None, ..., (4.5, True), -7)
def f(a, b=2, *rest, c, **kw):
    return (a, b, rest, c, sorted(kw))
class K:
    "class doc"
    x = [i * i for i in range(5)]
    def __init__(self, v):
        self.__v = v
    def get(self):
        return self.__v
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc
def gen(n):
    try:
        for i in range(n):
            yield i * 2
    finally:
        print("gen done")
def fails(x):
    if x > 2:
        raise KeyError(x)
    return fails(x + 1)
async def co():
    return 5
print(__name__, BIG, HUGE_SMALL, F, T)
print(f(1, c=3, z=1, y=2), K(7).get(), K.x, K.__doc__)
c = counter(); c(); print(c(5), list(gen(3)), f"{F:.2f}|{BIG!r:>30}")
try:
    co().send(None)
except StopIteration as e:
    print("coroutine", e.value)
with open(__file__, "rb") as fh:
    print(__file__.endswith(".mpy"), fh.read(1) == b"F")
'''


def run(args, cwd, **kw):
    p = subprocess.run(args, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=20, **kw)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


tmp = tempfile.mkdtemp()
try:
    st, out, err = run([CROSS, "--version"], tmp)
    print("version", st, out.startswith("ferrite-cross"), "mpy format" in out)

    # a module compiled and run with -m (the source removed)
    write(os.path.join(tmp, "src", "mod.py"), MOD)
    print("compile", run([CROSS, "-o", os.path.join(tmp, "mod.mpy"), "-s", "mod.py", "src/mod.py"], tmp)[0])
    st, out, err = run([FERRITE, "-m", "mod"], tmp)
    print(st, out, err)
    st, out, err = run([FERRITE, "-c", "import mod; print(mod.f(0, c=1), mod.__file__)"], tmp)
    print(st, out.splitlines()[-1], err)
    # -X emit=bytecode and default output name
    st, _, _ = run([CROSS, "-X", "emit=bytecode", "src/mod.py"], tmp)
    print("default output", st, os.path.exists(os.path.join(tmp, "src", "mod.mpy")))

    # a package of .mpy files
    write(os.path.join(tmp, "p", "pkg", "__init__.py"), "from .sub import val\nprint('pkg init')\n")
    write(os.path.join(tmp, "p", "pkg", "sub.py"), "val = 42\n")
    write(os.path.join(tmp, "p", "pkg", "__main__.py"), "import pkg\nprint('pkg main', pkg.val)\n")
    for name in ("__init__", "sub", "__main__"):
        py = os.path.join(tmp, "p", "pkg", name + ".py")
        run([CROSS, py], tmp)
        os.remove(py)
    print(sorted(os.listdir(os.path.join(tmp, "p", "pkg"))))
    print(run([FERRITE, "-c", "import pkg.sub, pkg; print(pkg.sub.val, pkg.val)"], os.path.join(tmp, "p")))
    print(run([FERRITE, "-m", "pkg"], os.path.join(tmp, "p")))

    # tracebacks keep line numbers and the source name; -O3 strips them
    write(os.path.join(tmp, "tb", "tbmod.py"), "x = 1\n\ndef g():\n    return {}['k']\n\n\ng()\n")
    run([CROSS, "-s", "lib/tbmod.py", "-o", os.path.join(tmp, "tb", "tb.mpy"), "tb/tbmod.py"], tmp)
    st, out, err = run([FERRITE, "-m", "tb"], os.path.join(tmp, "tb"))
    print(st, err.replace(tmp, "TMP"))
    run([CROSS, "-O3", "-o", os.path.join(tmp, "tb", "tb3.mpy"), "tb/tbmod.py"], tmp)
    st, out, err = run([FERRITE, "-m", "tb3"], os.path.join(tmp, "tb"))
    print(st, "line 4" in err, "line 7" in err, err.splitlines()[-1])
    print("stripped smaller", os.path.getsize(os.path.join(tmp, "tb", "tb3.mpy")) < os.path.getsize(os.path.join(tmp, "tb", "tb.mpy")))

    # -O1 removes asserts
    write(os.path.join(tmp, "o", "am.py"), "assert False, 'kept'\nprint('no assert', __debug__)\n")
    run([CROSS, "-O", "1", "-o", os.path.join(tmp, "o", "a1.mpy"), "o/am.py"], tmp)
    run([CROSS, "-o", os.path.join(tmp, "o", "a0.mpy"), "o/am.py"], tmp)
    print(run([FERRITE, "-m", "a1"], os.path.join(tmp, "o"))[:2])
    st, out, err = run([FERRITE, "-m", "a0"], os.path.join(tmp, "o"))
    print(st, err.splitlines()[-1])

    # .py beats .mpy when both exist
    write(os.path.join(tmp, "both", "bm.py"), "print('from source')\n")
    write(os.path.join(tmp, "both", "other.py"), "print('from mpy')\n")
    run([CROSS, "-o", os.path.join(tmp, "both", "bm.mpy"), "both/other.py"], tmp)
    print(run([FERRITE, "-c", "import bm"], os.path.join(tmp, "both"))[1])

    # frozen modules: built in, and overridden by a file on the path
    print(run([FERRITE, "-c", "import frozen_hello as h; print(h.greet('x'), h.__file__)"], tmp)[1])
    st, out, err = run([FERRITE, "-c", "import frozen_hello as h; h.fail()"], tmp)
    print(st, err.strip().splitlines()[-2:])
    write(os.path.join(tmp, "ov", "frozen_hello.py"), "def greet(n): return 'overridden ' + n\n")
    print(run([FERRITE, "-c", "import frozen_hello as h; print(h.greet('y'))"], os.path.join(tmp, "ov"))[1])

    # incompatible files raise ValueError
    good = open(os.path.join(tmp, "mod.mpy"), "rb").read()
    bad = {"v2": good[:1] + bytes([99]) + good[2:], "magic": b"M" + good[1:], "trunc": good[:len(good) // 2],
           "flip": good[:40] + bytes([good[40] ^ 0x10]) + good[41:], "empty": b""}
    for name, data in sorted(bad.items()):
        with open(os.path.join(tmp, "bad_" + name + ".mpy"), "wb") as f:
            f.write(data)
        st, out, err = run([FERRITE, "-c", "try:\n import bad_%s\nexcept ValueError as e:\n print(str(e)[:22])" % name], tmp)
        print(name, st, out.strip(), err)
    # a syntax error is reported by ferrite-cross
    write(os.path.join(tmp, "se.py"), "def f(:\n")
    st, out, err = run([CROSS, "se.py"], tmp)
    print("syntax error", st, err.strip().splitlines()[-1], os.path.exists(os.path.join(tmp, "se.mpy")))
finally:
    shutil.rmtree(tmp)
