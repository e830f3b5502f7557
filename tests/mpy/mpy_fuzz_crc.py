# run-with: python3
# timeout: 60
# Fuzzes the .mpy loader's bytecode verifier: mutants of a compiled module with the CRC
# recomputed, so only the structural checks and the verifier (stack depths, blocks and the
# kinds of stack values: docs/mpy-format.md "Loading") stand between them and the VM. Each
# must raise a Python exception or run as a (mutated but valid) program: never crash.
# A mutant that loops forever is a valid program, counted apart. Deterministic: a fixed
# seed and 400 mutants. For a long run:
#   FERRITE=build-san/ferrite MPY_FUZZ_N=50000 MPY_FUZZ_SEED=7 python3 tests/mpy/mpy_fuzz_crc.py
# (crashing files are kept and listed on stderr; MPY_FUZZ_VICTIM=file.py mutates that file's
# compiled form instead of the program below).
import os
import random
import shutil
import subprocess
import sys
import tempfile
import zlib
from concurrent.futures import ThreadPoolExecutor

FERRITE = os.path.abspath(os.environ["FERRITE"])
CROSS = os.path.join(os.path.dirname(FERRITE), "ferrite-cross")
N = int(os.environ.get("MPY_FUZZ_N", "400"))
SEED = int(os.environ.get("MPY_FUZZ_SEED", "1"))
BATCH = 25
TIMEOUT = float(os.environ.get("MPY_FUZZ_TIMEOUT", "10"))

# Every construct with internal stack values or blocks: for loops (also over generators,
# which own a block), with, try/except/finally, named handlers, comprehensions, closures,
# method calls, calls with * and **, defaults, f-strings, yield from, imports.
VICTIM = '''\
import sys
def gen(n):
    for i in range(n):
        yield i
    yield from (1, 2)
class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a): return True
def f(a, b=2, *c, d=3, e: int = 4, **kw) -> list:
    out = []
    for x in gen(a):
        try:
            if x > 3:
                break
            out.append(x * b)
        except ValueError as ex:
            out.append(str(ex))
        finally:
            out.append(-x)
    with Ctx() as m:
        out.extend([y for y in c if y])
        raise KeyError(d)
    return out, {k: v for k, v in kw.items()}, {z for z in out if z}
def outer(v):
    def inner(w=1):
        nonlocal v
        v += w
        return v
    return inner
def g(*args, **kw):
    return sorted(kw), args
s = 0
for q in range(3):
    try:
        s += f(6, 3, 0, 1, z=2)[0][-1]
        r = g(*[1, 2], **{"a": 1}), outer(1)(), f"{s:>4}{sys.maxsize > 0!r}"
        a, (b, *cc) = 1, (2, 3, 4)
        l = [0, 1]
        l[a] += 1 < s < 10
    except Exception as e:
        s -= 1
print(s, r, l, list(gen(2)))
'''

if os.environ.get("MPY_FUZZ_VICTIM"):
    VICTIM = open(os.environ["MPY_FUZZ_VICTIM"]).read()

DRIVER = '''\
for n in %r:
    try:
        __import__(n)
    except BaseException as e:
        pass
    print('@@' + n)
'''


def fix_crc(data):
    crc = zlib.crc32(data[:4] + data[8:]) & 0xffffffff
    return data[:4] + crc.to_bytes(4, "little") + data[8:]


def mutate(rng, good):
    b = bytearray(good)
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        pos = rng.randrange(8, len(b))
        r = rng.random()
        if r < 0.4:
            b[pos] ^= 1 << rng.randrange(8)
        elif r < 0.8:
            b[pos] = rng.randrange(112)  # mostly opcodes and small operands
        elif r < 0.9:
            b[pos] = rng.randrange(256)
        else:
            del b[pos]
    return fix_crc(bytes(b))


def done_of(out):
    return [l[2:] for l in out.decode(errors="replace").split("\n") if l.startswith("@@")]


def run(d, names):
    """Imports the modules in one process: (status, names done) with status 'ok',
    'timeout' or 'crash'."""
    try:
        r = subprocess.run([FERRITE, "-X", "heapsize=2m", "-c", DRIVER % names], cwd=d,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)
    except subprocess.TimeoutExpired as e:
        return "timeout", done_of(e.stdout or b"")
    done = done_of(r.stdout)
    return ("ok" if r.returncode == 0 else "crash"), done


def main():
    rng = random.Random(SEED)
    tmp = tempfile.mkdtemp()
    keep = False
    try:
        with open(os.path.join(tmp, "victim.py"), "w") as fh:
            fh.write(VICTIM)
        subprocess.run([CROSS, "-o", os.path.join(tmp, "victim.mpy"), os.path.join(tmp, "victim.py")],
                       check=True)
        good = open(os.path.join(tmp, "victim.mpy"), "rb").read()
        names = []
        for i in range(N):
            name = "m%d" % i
            with open(os.path.join(tmp, name + ".mpy"), "wb") as fh:
                fh.write(mutate(rng, good))
            names.append(name)
        os.remove(os.path.join(tmp, "victim.py"))

        def batch(k):
            # a batch that fails is retried from the module after the last one finished
            todo, crashes, hangs = names[k:k + BATCH], [], 0
            while todo:
                status, done = run(tmp, todo)
                if status == "ok":
                    break
                bad = todo[len(done)]
                if status == "crash":
                    crashes.append(bad)
                else:
                    hangs += 1
                todo = todo[len(done) + 1:]
            return crashes, hangs

        with ThreadPoolExecutor(max_workers=4) as pool:
            results = list(pool.map(batch, range(0, N, BATCH)))
        crashes = [c for r in results for c in r[0]]
        hangs = sum(r[1] for r in results)
        print("mutants:", N)
        print("crashes:", len(crashes))
        if crashes:
            keep = True
            sys.stderr.write("crashing files in %s: %s\n" % (tmp, " ".join(c + ".mpy" for c in crashes[:20])))
        if hangs:
            sys.stderr.write("%d mutants ran longer than %ss (endless loops)\n" % (hangs, TIMEOUT))
    finally:
        if not keep:
            shutil.rmtree(tmp)


main()
