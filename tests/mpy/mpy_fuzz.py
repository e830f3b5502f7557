# run-with: python3
# timeout: 60
# Fuzzes the .mpy loader: hundreds of truncated and corrupted images must each raise
# ValueError on import, never crash or hang ferrite. A second batch recomputes the CRC
# after corrupting, so the structural checks (lengths, tables, bytecode verifier) are what
# stops them: those may load (a mutated but valid program) but must never crash
# (tests/mpy/mpy_fuzz_crc.py fuzzes that case harder).
import os
import random
import shutil
import subprocess
import sys
import tempfile
import zlib
from concurrent.futures import ThreadPoolExecutor

FERRITE = os.environ["FERRITE"]
CROSS = os.path.join(os.path.dirname(FERRITE), "ferrite-cross")

VICTIM = '''\
BIG = 123456789012345678901234567890
T = (1, 2.5, "s", b"b", (None, True), 3j)
def f(a, b=1, *c, d=2, **e):
    s = 0
    for i in range(a):
        try:
            s += i * b
        except Exception as ex:
            s -= 1
        finally:
            s += 1
    return s, [x for x in c], {k: v for k, v in e.items()}
class C:
    def __init__(self):
        self.v = {"k": [1, 2]}
    def g(self):
        with open("nonexistent_never") if False else Ctx() as q:
            return q
class Ctx:
    def __enter__(self): return 1
    def __exit__(self, *a): return False
def gen():
    yield from range(3)
    x = yield 5
    return x
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
        return v
    return inner
R = (f(5, 2, 3, 4, d=1, z=2), C().g(), list(gen()), outer()(), f"{BIG:x}")
'''

rng = random.Random(1234)
tmp = tempfile.mkdtemp()
try:
    with open(os.path.join(tmp, "victim.py"), "w") as fh:
        fh.write(VICTIM)
    subprocess.run([CROSS, "-o", os.path.join(tmp, "victim.mpy"), os.path.join(tmp, "victim.py")], check=True)
    good = open(os.path.join(tmp, "victim.mpy"), "rb").read()
    os.remove(os.path.join(tmp, "victim.py"))

    def fix_crc(data):
        if len(data) < 8:
            return data
        crc = zlib.crc32(data[:4] + data[8:]) & 0xffffffff
        return data[:4] + crc.to_bytes(4, "little") + data[8:]

    # batch 1: truncations and corruptions, all imported by one ferrite process
    variants = []
    for n in sorted(set([0, 1, 4, 7, 8, 9] + [rng.randrange(len(good)) for _ in range(150)])):
        variants.append(good[:n])
    for _ in range(250):
        b = bytearray(good)
        for _ in range(rng.choice((1, 1, 2, 5))):
            b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
        variants.append(bytes(b))
    variants.append(good + b"\0")
    names = []
    for i, data in enumerate(variants):
        with open(os.path.join(tmp, "v%d.mpy" % i), "wb") as fh:
            fh.write(data)
        names.append("v%d" % i)
    driver = ("counts = {}\nfor n in %r:\n    try:\n        __import__(n)\n        k = 'loaded'\n"
              "    except ValueError as e:\n        k = 'ValueError'\n    except Exception as e:\n"
              "        k = type(e).__name__\n    counts[k] = counts.get(k, 0) + 1\n"
              "print(sorted(counts.items()))\n" % names)
    p = subprocess.run([FERRITE, "-c", driver], cwd=tmp, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=50)
    print("batch 1:", len(variants), "files, status", p.returncode)
    print(p.stdout.decode().strip(), p.stderr.decode()[-500:])

    # batch 2: corrupted with a valid CRC; each in its own process
    mutants = []
    for _ in range(300):
        b = bytearray(good)
        for _ in range(rng.choice((1, 1, 2, 3))):
            pos = rng.randrange(8, len(b))
            if rng.random() < 0.5:
                b[pos] ^= 1 << rng.randrange(8)
            else:
                b[pos] = rng.randrange(256)
        if rng.random() < 0.2:
            del b[rng.randrange(8, len(b)):]
        mutants.append(fix_crc(bytes(b)))

    def try_one(i):
        d = os.path.join(tmp, "m%d" % i)
        os.mkdir(d)
        with open(os.path.join(d, "victim.mpy"), "wb") as fh:
            fh.write(mutants[i])
        try:
            r = subprocess.run([FERRITE, "-X", "heapsize=4m", "-c",
                                "try:\n import victim\n print('loaded')\nexcept ValueError as e:\n print('ValueError')\n"
                                "except BaseException as e:\n print('other')"],
                               cwd=d, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=5)
        except subprocess.TimeoutExpired:
            return "timeout"
        if r.returncode < 0:
            return "CRASH signal %d (file kept: %s)" % (-r.returncode, d)
        return r.stdout.decode().strip() or "no output, status %d" % r.returncode

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(try_one, range(len(mutants))))
    crashes = [r for r in results if r.startswith("CRASH") or r.startswith("no output")]
    print("batch 2:", len(mutants), "files, crashes:", len(crashes))
    if crashes:
        for c in crashes[:10]:
            sys.stderr.write(c + "\n")
    print("rejected most:", results.count("ValueError") > len(mutants) // 2)
finally:
    if not any(r.startswith("CRASH") for r in locals().get("results", [])):
        shutil.rmtree(tmp)
