#!/usr/bin/env python3
"""Runs each program in bench/ with ferrite and with python3 and prints the time ratio
(ferrite / python3, lower is better) and the geometric mean of the ratios.

Each program runs --repeat times per interpreter and the best wall-clock time counts.
Outputs must agree, otherwise the benchmark is reported as wrong (and not timed).
Timings are information for issue notes, never a test.
"""
import argparse
import math
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def best_time(cmd, repeat, timeout):
    best, out = None, None
    for _ in range(repeat):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
        dt = time.perf_counter() - t0
        if p.returncode != 0:
            return None, p.stdout + p.stderr
        out = p.stdout
        best = dt if best is None else min(best, dt)
    return best, out


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--ferrite", default=os.path.join(ROOT, "build", "ferrite"))
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("programs", nargs="*")
    opts = ap.parse_args()
    bench_dir = os.path.join(ROOT, "bench")
    programs = opts.programs or sorted(
        os.path.join(bench_dir, f) for f in os.listdir(bench_dir) if f.endswith(".py"))
    ratios = []
    print("%-16s %10s %10s %8s" % ("program", "python3 s", "ferrite s", "ratio"))
    for prog in programs:
        name = os.path.basename(prog)[:-3]
        t_py, out_py = best_time([opts.python, prog], opts.repeat, opts.timeout)
        try:
            t_fe, out_fe = best_time([opts.ferrite, prog], opts.repeat, opts.timeout)
        except subprocess.TimeoutExpired:
            print("%-16s %10.3f %10s %8s" % (name, t_py, "timeout", "-"))
            continue
        if t_fe is None or out_fe != out_py:
            print("%-16s %10.3f %10s %8s" % (name, t_py, "wrong", "-"))
            continue
        ratio = t_fe / t_py
        ratios.append(ratio)
        print("%-16s %10.3f %10.3f %8.2f" % (name, t_py, t_fe, ratio))
    if ratios:
        gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print("geometric mean ratio (ferrite/python3): %.2f over %d of %d programs"
              % (gm, len(ratios), len(programs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
