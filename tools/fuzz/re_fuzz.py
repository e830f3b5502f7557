#!/usr/bin/env python3
"""Crash fuzzer for the re module: random (often malformed) patterns and subjects.

Generates batches of random regular expressions from a grammar of regex fragments plus
random bytes, runs each batch inside ferrite (best under a sanitizer build), and checks
that ferrite only ever raises Python exceptions: a signal, a sanitizer report or a hang
is a failure, and the offending batch is saved for replay.

usage: re_fuzz.py FERRITE [--batches N] [--seed S] [--out DIR]
"""
import argparse
import os
import random
import subprocess
import sys

FRAGMENTS = [
    "a", "b", "ab", ".", "^", "$", "\\d", "\\w", "\\s", "\\D", "\\W", "\\S", "\\b", "\\B",
    "\\A", "\\Z", "[a-z]", "[^ab]", "[", "]", "(", ")", "(?:", "(?P<n>", "(?P=n)", "(?=",
    "(?!", "(?<=a)", "|", "*", "+", "?", "*?", "+?", "??", "{2}", "{1,3}", "{,2}", "{3,}",
    "{", "}", "\\1", "\\2", "\\", "\\x41", "\\u00e9", "(?i)", "(?s)", "(?m)", "-", "\\.",
]

PROGRAM = """
import re
cases = %r
for pat, subject in cases:
    try:
        r = re.compile(pat)
        r.search(subject)
        r.findall(subject)
        r.sub(lambda m: m.group(0)[::-1], subject)
        r.split(subject, 3)
        m = r.fullmatch(subject)
        if m:
            m.groups(); m.span(); m.groupdict()
    except Exception:
        pass
print("ok")
"""


def random_pattern(rng):
    parts = [rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 12))]
    if rng.random() < 0.2:
        parts.insert(rng.randrange(len(parts) + 1), chr(rng.randint(0, 0x2ff)))
    return "".join(parts)


def random_subject(rng):
    alphabet = "aabbc1 _.\n-é"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ferrite")
    ap.add_argument("--batches", type=int, default=50)
    ap.add_argument("--per-batch", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="build/fuzz-re")
    opts = ap.parse_args()
    rng = random.Random(opts.seed)
    os.makedirs(opts.out, exist_ok=True)
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=0")
    failures = 0
    for b in range(opts.batches):
        cases = [(random_pattern(rng), random_subject(rng)) for _ in range(opts.per_batch)]
        src = PROGRAM % (cases,)
        path = os.path.join(opts.out, "batch%d.py" % b)
        with open(path, "w") as f:
            f.write(src)
        try:
            p = subprocess.run([opts.ferrite, "-X", "heapsize=8m", path], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, timeout=120, env=env)
            bad = p.returncode != 0 or p.stdout != b"ok\n"
            why = "exit %d: %s" % (p.returncode, p.stderr.decode(errors="replace")[-400:])
        except subprocess.TimeoutExpired:
            bad, why = True, "hang"
        if bad:
            failures += 1
            print("batch %d failed (%s); kept %s" % (b, why, path))
        else:
            os.remove(path)
    print("%d batches, %d failed" % (opts.batches, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
