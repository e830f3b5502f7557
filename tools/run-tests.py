#!/usr/bin/env python3
"""Ferrite's test runner: runs every test program with ferrite and compares its output
with CPython's (or with a .exp file where Ferrite differs by design).

A test is a .py file directly inside a folder of tests/ (tests/basics/x.py); files whose
name starts with '_' and everything in deeper folders are helper modules, not tests.
Each test runs with its own folder as the working directory.

Directives, in the first lines of a test, as comments:
    # ferrite-args: -X heapsize=16k     extra arguments for ferrite (not for python3)
    # timeout: 30                       seconds instead of the default
    # skip-torture: why                 not run in torture builds (--torture): e.g. a 32 MB heap
                                        swept before every allocation would take hours
    # skip-mpy: why                     not run with --via-mpy: e.g. it checks how a FILE is run
    # run-with: python3                 run the test itself with python3 (it drives ferrite,
                                        whose path is in $FERRITE, e.g. over a pty); needs .exp
Expected output: NAME.exp beside the test if present, else `python3 NAME.py`'s stdout.
With --via-mpy each test (except run-with tests) is first compiled by ferrite-cross (found
beside ferrite) into NAME.mpy in a temporary folder holding links to everything else in the
test's folder, and runs there as `ferrite -m NAME`.
A test compares stdout and whether the exit status is zero. Output of exactly "SKIP"
counts the test as skipped.

The last line printed is `N passed, N failed` (plus `, N skipped` when any were), and the
exit status is non-zero if any test failed.
"""
import argparse
import concurrent.futures
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_TIMEOUT = 10


def find_tests(dirs):
    tests = []
    for d in dirs:
        d = os.path.abspath(d)
        if os.path.isfile(d):
            tests.append(d)
            continue
        for area in sorted(os.listdir(d)):
            area_dir = os.path.join(d, area)
            if area.endswith(".py") and not area.startswith("_"):
                tests.append(area_dir)  # a test directly in the given folder
                continue
            if not os.path.isdir(area_dir):
                continue
            for name in sorted(os.listdir(area_dir)):
                if name.endswith(".py") and not name.startswith("_"):
                    tests.append(os.path.join(area_dir, name))
    return tests


def directives(path):
    found = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for _ in range(5):
            line = f.readline()
            m = re.match(r"#\s*(ferrite-args|timeout|run-with|skip-torture|skip-mpy):\s*(.*)", line)
            if m:
                found[m.group(1)] = m.group(2).strip()
    return found


def run(cmd, cwd, timeout, stdin_data=b"", env=None):
    try:
        p = subprocess.run(cmd, cwd=cwd, input=stdin_data, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout, env=env)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        return "timeout", e.stdout or b"", e.stderr or b""


def expected_output(path, timeout):
    exp = path[:-3] + ".exp"
    if os.path.exists(exp):
        with open(exp, "rb") as f:
            data = f.read()
        # An .exp may end with a line "# exit: nonzero" to expect a failing status.
        nonzero = data.endswith(b"# exit: nonzero\n")
        if nonzero:
            data = data[: -len(b"# exit: nonzero\n")]
        return data, not nonzero
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    try:
        p = subprocess.run([sys.executable, "-B", os.path.basename(path)], cwd=os.path.dirname(path),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout * 3,
                           env=env)
    except subprocess.TimeoutExpired:
        return None, True
    return p.stdout, p.returncode == 0


def mpy_workdir(ferrite, path, timeout):
    """Compiles the test at path into a fresh temporary folder (see --via-mpy); returns
    (folder, None) or (None, error message)."""
    cross = os.path.join(os.path.dirname(ferrite), "ferrite-cross")
    src_dir, name = os.path.split(path)
    tmp = tempfile.mkdtemp(prefix="ferrite-mpy-")
    for entry in os.listdir(src_dir):
        if entry != name and not entry.endswith(".mpy"):
            os.symlink(os.path.join(src_dir, entry), os.path.join(tmp, entry))
    status, out, err = run([cross, "-s", name, "-o", os.path.join(tmp, name[:-3] + ".mpy"), name],
                           src_dir, timeout)
    if status != 0:
        shutil.rmtree(tmp, ignore_errors=True)
        return None, "ferrite-cross failed (%s)\n%s" % (status, (out + err).decode(errors="replace")[-2000:])
    return tmp, None


def run_one(ferrite, path, extra_args, timeout_scale=1.0, torture=False, via_mpy=False):
    d = directives(path)
    if torture and "skip-torture" in d:
        return path, "skip", ""
    if via_mpy and "skip-mpy" in d:
        return path, "skip", ""
    timeout = float(d.get("timeout", DEFAULT_TIMEOUT)) * timeout_scale
    exp, exp_ok = expected_output(path, timeout)
    if exp is None:
        return path, "fail", "python3 timed out producing the expected output"
    if d.get("run-with") == "python3":
        args = [sys.executable, "-B", os.path.basename(path)]
        env = dict(os.environ, FERRITE=ferrite, FERRITE_ARGS=" ".join(extra_args))
        cwd = os.path.dirname(path)
    else:
        args = [ferrite] + extra_args + d.get("ferrite-args", "").split() + [os.path.basename(path)]
        env = None
        cwd = os.path.dirname(path)
        if via_mpy:
            cwd, error = mpy_workdir(ferrite, path, timeout)
            if cwd is None:
                if exp_ok or b"SyntaxError" not in exp:
                    return path, "fail", error
                return path, "pass", ""  # a SyntaxError test: the compiler rejected it
            args[-1:] = ["-m", os.path.basename(path)[:-3]]
    try:
        status, out, err = run(args, cwd, timeout, env=env)
    finally:
        if via_mpy and cwd != os.path.dirname(path):
            shutil.rmtree(cwd, ignore_errors=True)
    if out.strip() == b"SKIP":
        return path, "skip", ""
    if status == "timeout":
        return path, "fail", "timed out after %gs" % timeout
    if isinstance(status, int) and status < 0:
        return path, "fail", "crashed with signal %d\n%s" % (-status, err.decode(errors="replace")[-2000:])
    ok = out == exp and (status == 0) == exp_ok
    if ok:
        return path, "pass", ""
    diff = "".join(difflib.unified_diff(
        exp.decode(errors="replace").splitlines(True), out.decode(errors="replace").splitlines(True),
        "expected", "ferrite", n=2))
    detail = diff[:3000]
    if (status == 0) != exp_ok:
        detail += "\nexit status %s (expected %s)" % (status, "zero" if exp_ok else "non-zero")
    if err:
        detail += "\nstderr:\n" + err.decode(errors="replace")[-1500:]
    return path, "fail", detail


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ferrite", default=os.path.join(ROOT, "build", "ferrite"))
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every test's result")
    ap.add_argument("--args", default="", help="extra arguments for every ferrite run")
    ap.add_argument("--failures", default=None, help="write failing test names to this file")
    ap.add_argument("--torture", action="store_true", help="skip tests marked skip-torture")
    ap.add_argument("--timeout-scale", type=float, default=1.0,
                    help="multiply every timeout (slow builds: sanitizers, GC stress)")
    ap.add_argument("--via-mpy", action="store_true",
                    help="compile each test with ferrite-cross and run the .mpy (ferrite -m NAME)")
    ap.add_argument("paths", nargs="*", help="test folders or files (default: tests/)")
    opts = ap.parse_args()

    ferrite = os.path.abspath(opts.ferrite)
    tests = find_tests(opts.paths or [os.path.join(ROOT, "tests")])
    extra = opts.args.split()
    counts = {"pass": 0, "fail": 0, "skip": 0}
    failed = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=opts.jobs) as pool:
        futures = [pool.submit(run_one, ferrite, t, extra, opts.timeout_scale, opts.torture,
                               opts.via_mpy) for t in tests]
        for fut in futures:
            path, result, detail = fut.result()
            counts[result] += 1
            rel = os.path.relpath(path, ROOT)
            if result == "fail":
                failed.append(rel)
                print("FAIL %s\n%s" % (rel, detail.rstrip()))
            elif opts.verbose:
                print("%s %s" % (result, rel))
    if opts.failures:
        with open(opts.failures, "w") as f:
            f.write("".join(x + "\n" for x in failed))
    line = "%d passed, %d failed" % (counts["pass"], counts["fail"])
    if counts["skip"]:
        line += ", %d skipped" % counts["skip"]
    print(line)
    return 1 if counts["fail"] or not tests else 0


if __name__ == "__main__":
    sys.exit(main())
