#!/usr/bin/env python3
"""Runs Ferrite's tests on the micro:bit firmware (ports/qemu-microbit) in QEMU, through
the raw REPL over the emulated UART, and compares each test's output with CPython's by the
same rules as tools/run-tests.py (a .exp file beside the test, else `python3 test.py`).

One QEMU is booted per batch (restarted only after a crash or a hung test); each test is
sent with raw-paste (or plain raw mode with --no-raw-paste), and the board is soft-reset
(Ctrl-D in the raw REPL) between tests.

Two passes by default:
  1. the selected tests with QEMU's RAM enlarged to 256 KB (-global nrf51-soc.sram-size),
     since many tests need more heap than a micro:bit has;
  2. tests/board (small programs that fit the ~8 KB heap) at the machine's default 16 KB.

Selection (see ports/qemu-microbit/README.md): tests/basics and tests/extmod. Not run:
tests/float (single-precision floats print differently from CPython's doubles),
tests/cli, tests/repl, tests/misc (they drive the host executable or need a pty), and any
test that needs what the firmware lacks: `run-with:` or `ferrite-args:` directives,
files (open(), import of helper modules beside the test), os, sys.argv/sys.exit status.
Those are counted as skipped, as is a test that prints exactly SKIP.

The last line is `N passed, N failed[, N skipped]`; exit status non-zero on any failure.
"""
import argparse
import difflib
import importlib.util
import os
import re
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_spec = importlib.util.spec_from_file_location("run_tests", os.path.join(ROOT, "tools", "run-tests.py"))
rt = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(rt)

FIRMWARE = os.path.join(ROOT, "ports", "qemu-microbit", "build", "firmware.elf")
DEFAULT_DIRS = ["tests/basics", "tests/extmod"]
BIG_RAM = 262144
DEVICE_TIMEOUT_SCALE = 3.0  # an emulated M0 is slower than the host

# Run at the default 16 KB of RAM: tests/board, small programs over the core's main areas
# that fit the ~8 KB heap (they pass on the host too).
SMOKE_DIR = "tests/board"

# Source patterns of tests that cannot run on the board (no files, no os, host-only).
UNSUPPORTED = [
    (re.compile(r"\bopen\("), "uses files"),
    (re.compile(r"^\s*(import|from)\s+(os|subprocess|pty|select|signal|tempfile|shutil|socket|usocket|uselect|uos)\b", re.M), "needs the host OS"),
    (re.compile(r"\bsys\.(argv|exit|stdin|executable)\b|\binput\("), "needs the host process or stdin"),
    (re.compile(r"\b__file__\b|\bsys\.path\b"), "needs files"),
    (re.compile(r"(?<![\w.])(\d+\.?\d*|\.\d+)[jJ]\b|\bcomplex\(|\bcmath\b"), "complex numbers (disabled on the board)"),
]

# Tests whose output differs from CPython's by design on this board; counted as skipped.
# single: single-precision floats print ~7 digits and overflow above ~3.4e38;
# 32-bit: hash() and therefore set/dict-of-set order differ, indices are 32-bit;
# stack: nesting limits follow the 16 KB C stack; heap: needs more than 256 KB of heap.
BY_DESIGN = {
    "basics/builtin_sum.py": "single", "basics/int_small.py": "single",
    "basics/lexer_tokens.py": "single", "basics/lexer_numbers.py": "single",
    "basics/format_percent_numbers.py": "single", "basics/format_zero_coercion.py": "single",
    "basics/int_format.py": "single", "basics/int_errors.py": "single", "basics/int_dunder.py": "single",
    "basics/str_basic.py": "single", "basics/special_more.py": "single",
    "basics/engine_programs.py": "single", "extmod/math_funcs.py": "single",
    "extmod/array_basic.py": "single",
    "extmod/json_misc.py": "single, 32-bit sizes", "extmod/re_errors.py": "heap",
    "basics/int_big_random.py": "32-bit", "basics/int_hash.py": "32-bit",
    "basics/set_basic.py": "32-bit", "basics/set_order.py": "32-bit", "basics/tuple_basic.py": "32-bit",
    "basics/range_basic.py": "32-bit", "extmod/time_funcs.py": "32-bit time_t",
    "basics/syntax_limits.py": "stack",
    "basics/object_churn.py": "heap", "basics/engine_compile_modes.py": "heap",
    "extmod/struct_basic.py": "single, 32-bit native sizes of n/N/P",
}

# Tests of features left out of the firmware to fit its flash budget (see
# ports/qemu-microbit/fe_port_config.h), by area; counted as skipped.
DISABLED_ON_BOARD = {
    # [area float]
    "extmod/math_hyperbolic.py": "math.sinh/cosh/tanh/asinh/acosh/atanh/expm1/log1p (FE_MATH_HYPERBOLIC 0)",
    # [end float]
    # [area qstr]
    # [end qstr]
    # [area exceptions]
    "basics/qa_exc_types.py": "OSError subclasses are OSError (FE_EXC_OSERROR_TREE 0)",
    "basics/exception_warnings.py": "warning categories are Warning (FE_EXC_WARNING_CATEGORIES 0)",
    "basics/exception_notes.py": "add_note (FE_EXC_NOTES 0)",
    "basics/exception_traceback.py": "add_note (FE_EXC_NOTES 0)",
    "extmod/collections_extra.py": "defaultdict, deque extras (FE_COLLECTIONS_EXTRA 0)",
    "extmod/collections_dictsub.py": "defaultdict (FE_COLLECTIONS_EXTRA 0)",
    "basics/exception_hierarchy_rare.py": "FloatingPointError, UnicodeTranslateError, TabError are their parents (FE_EXC_RARE_TYPES 0)",
    "basics/lexer_errors_tabs.py": "TabError is IndentationError (FE_EXC_RARE_TYPES 0)",
    "basics/exception_unicode.py": "unicode errors name the codec and reason only (FE_EXC_UNICODE_DETAIL 0)",
    "basics/exc_flow_context.py": "__context__ (FE_EXC_CHAINING 0)",
    "basics/exception_attrs.py": "__cause__/__context__ slots (FE_EXC_CHAINING 0)",
    "basics/exception_chain.py": "__cause__/__context__ slots (FE_EXC_CHAINING 0)",
    # [end exceptions]
    # [area strings]
    "basics/str_methods_extra.py": "str extras (FE_STR_EXTRA_METHODS 0)",
    "basics/bytes_methods_extra.py": "bytes extras (FE_STR_EXTRA_METHODS 0)",
    "basics/bytearray_extra.py": "bytearray insert/pop/remove..., extended slices (FE_STR_* 0)",
    "basics/memoryview_extra.py": "memoryview extras, strided views (FE_STR_* 0)",
    "basics/inherit_builtin_methods.py": "str.maketrans (FE_STR_EXTRA_METHODS 0)",
    "basics/str_dunders.py": "explicit str/bytes dunders (FE_STR_DUNDERS 0)",
    "basics/inherit_super_dunder.py": "str.__len__ (FE_STR_DUNDERS 0)",
    "basics/str_codecs_extra.py": "latin-1 and error handlers (FE_STR_CODECS 0)",
    "basics/str_unicode_extra.py": "str extras, codecs, case beyond Latin-1 (FE_STR_* 0)",
    "basics/format_fields_extra.py": "attribute/index lookups in format fields (FE_STR_FORMAT_FIELDS 0)",
    # [end strings]
    # [area frontend]
    "basics/qa_async.py": "async def/for/with (FE_FRONTEND_ASYNC 0)",
    "basics/syntax_async.py": "async def/for/with (FE_FRONTEND_ASYNC 0)",
    "basics/syntax_with_parens.py": "with (a as b, c): (FE_FRONTEND_PAREN_WITH 0)",
    "basics/syntax_posonly.py": "def f(a, /, b) (FE_FRONTEND_POSONLY 0)",
    # [end frontend]
    # [area objects]
    "basics/int_dunder.py": "explicit int dunders (FE_OBJ_INT_DUNDERS 0)",
    "basics/inherit_super_dunder.py": "super().__contains__ of list/set (FE_OBJ_CONTAINER_DUNDERS 0)",
    "basics/list_subclass.py": "super().__getitem__ of list (FE_OBJ_CONTAINER_DUNDERS 0)",
    "basics/dict_views.py": "set operations on dict views (FE_OBJ_DICT_VIEW_SETOPS 0)",
    "basics/dict_views_order.py": "set operations on dict views (FE_OBJ_DICT_VIEW_SETOPS 0)",
    # [end objects]
    # [area libs]
    "extmod/re_extra.py": "re extras (FE_RE_EXTRA 0)",
    "extmod/libs_extra.py": "strftime, shuffle, sample, iter_unpack (FE_LIBS_EXTRA 0)",
    "extmod/json_extra.py": "json.dumps indent/sort_keys/ensure_ascii/default (FE_JSON_EXTRA 0)",
    # [end libs]
    # [area mpy]
    # [end mpy]
    # [area modules]
    "extmod/hashlib_basic.py": "hashlib (FE_MODULE_HASHLIB 0)",
    "extmod/zlib_basic.py": "zlib (FE_MODULE_ZLIB 0)",
    # [end modules]
    # [area objects2]
    # [end objects2]
    # [area libs2]
    "extmod/array_extra.py": "array's rarer methods, * and ordering (FE_ARRAY_EXTRA 0)",
    "extmod/heapq_extra.py": "heapreplace, heappushpop, nlargest, nsmallest (FE_HEAPQ_EXTRA 0)",
    "extmod/collections_deque_ops.py": "deque ordering, +, += and del (FE_DEQUE_OPS 0)",
    "extmod/struct_extra.py": "struct formats e and p (FE_STRUCT_EXTRA 0)",
    "extmod/re_icase_backref.py": "re IGNORECASE and backreferences (FE_RE_ICASE_BACKREF 0)",
    "extmod/collections_rare.py": "move_to_end, _make, _replace (FE_COLLECTIONS_RARE 0)",
    # [end libs2]
    # [area types]
    "basics/class_hooks.py": "__init_subclass__, __set_name__, __class_getitem__, __prepare__ (FE_TYPE_CLASS_HOOKS 0)",
    "basics/object_slots.py": "__slots__ does not restrict attributes (FE_TYPE_SLOTS 0)",
    "basics/class_metaclass.py": "metaclasses (FE_TYPE_METACLASSES 0)",
    "basics/object_metaclass.py": "metaclasses (FE_TYPE_METACLASSES 0)",
    "basics/object_getattribute.py": "__getattribute__ (FE_TYPE_GETATTRIBUTE 0)",
    "basics/class_assign.py": "__class__ assignment (FE_TYPE_CLASS_ASSIGN 0)",
    # [end types]
    # [area compile]
    "basics/engine_annotations.py": "annotations are not evaluated nor stored (FE_COMPILE_ANNOTATIONS 0)",
    "basics/class_private_names.py": "no private name mangling (FE_COMPILE_MANGLING 0)",
    # [end compile]
    # [area runtime]
    # [end runtime]
    # [area strings2]
    "basics/bytes_format.py": "bytes % args (FE_STR_BYTES_FORMAT 0)",
    "basics/format_z_option.py": "the format spec's 'z' option (FE_STR_FORMAT_Z 0)",
    "basics/format_zero_coercion.py": "the format spec's 'z' option (FE_STR_FORMAT_Z 0)",
    "basics/iter_type_names.py": "str/bytearray/memoryview iterators share type names (FE_STR_ITER_NAMES 0)",
    "basics/format_percent_extras.py": "'*' and mapping keys in % formatting (FE_STR_PCT_EXTRAS 0)",
    # [end strings2]
    # [area numbers]
    "basics/bool_dunder.py": "bool's explicit & | ^ methods (FE_NUMBERS_BOOL_DUNDERS 0)",
    "basics/qa_int_str_limit.py": "no 4300-digit limit on int <-> str (FE_NUMBERS_STR_DIGITS_LIMIT 0)",
    # [end numbers]
}


def imports_local_module(path, src):
    """Whether the test imports a module or package that sits beside it (no files on the board)."""
    folder = os.path.dirname(path)
    for m in re.finditer(r"^\s*(?:import|from)\s+([\w.]+)", src, re.M):
        name = m.group(1).split(".")[0]
        if name and (os.path.exists(os.path.join(folder, name + ".py")) or
                     os.path.isdir(os.path.join(folder, name))):
            return True
    return src.lstrip().startswith("from .") or "\nfrom ." in src


class Board:
    """One QEMU running the firmware, driven over its UART on stdin/stdout."""

    def __init__(self, firmware, ram=None):
        cmd = ["qemu-system-arm", "-M", "microbit", "-display", "none", "-monitor", "none",
               "-serial", "stdio", "-kernel", firmware]
        if ram:
            cmd[3:3] = ["-global", "nrf51-soc.sram-size=%d" % ram]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, bufsize=0)
        self.buf = bytearray()
        self.cond = threading.Condition()
        self.alive = True
        threading.Thread(target=self._reader, daemon=True).start()

    def _reader(self):
        while True:
            data = self.proc.stdout.read1(4096) if hasattr(self.proc.stdout, "read1") else os.read(self.proc.stdout.fileno(), 4096)
            with self.cond:
                if not data:
                    self.alive = False
                    self.cond.notify_all()
                    return
                self.buf += data
                self.cond.notify_all()

    def write(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def read_until(self, marker, timeout):
        """Everything up to and including marker (removed from the buffer); None on timeout."""
        end = time.monotonic() + timeout
        with self.cond:
            while True:
                i = self.buf.find(marker)
                if i >= 0:
                    out = bytes(self.buf[: i + len(marker)])
                    del self.buf[: i + len(marker)]
                    return out
                left = end - time.monotonic()
                if left <= 0 or not self.alive:
                    return None
                self.cond.wait(left)

    def drain(self):
        with self.cond:
            self.buf.clear()

    def enter_raw(self, timeout=10):
        if self.read_until(b">>> ", timeout) is None:
            return False
        self.write(b"\r\x01")
        return self.read_until(b"raw REPL; CTRL-B to exit\r\n>", timeout) is not None

    def soft_reset(self, timeout=10):
        self.drain()
        self.write(b"\x04")
        return self.read_until(b"soft reboot\r\nraw REPL; CTRL-B to exit\r\n>", timeout) is not None

    def exec_raw_paste(self, src, timeout):
        """Runs src; returns (stdout, stderr) or None on timeout/protocol error."""
        self.write(b"\x05A\x01")
        if self.read_until(b"R\x01", 5) is None:
            return None
        deadline = time.monotonic() + 5
        while True:
            with self.cond:
                if len(self.buf) >= 2:
                    window = self.buf[0] | self.buf[1] << 8
                    del self.buf[:2]
                    break
                if time.monotonic() > deadline or not self.alive:
                    return None
                self.cond.wait(0.05)
        credit = window
        pos = 0
        while pos < len(src):
            with self.cond:
                # every \x01 from the board is one more window of credit
                while True:
                    if b"\x01" in self.buf[:1]:
                        del self.buf[:1]
                        credit += window
                    elif credit == 0:
                        if not self.alive or not self.cond.wait(10):
                            return None
                    else:
                        break
            n = min(credit, len(src) - pos)
            self.write(src[pos:pos + n])
            pos += n
            credit -= n
        self.write(b"\x04")
        # the board ends the data with \x04, possibly after more flow-control \x01 bytes
        if self.read_until(b"\x04", 10) is None:
            return None
        return self._result(timeout)

    def exec_raw(self, src, timeout):
        self.write(src + b"\x04")
        if self.read_until(b"OK", 10) is None:
            return None
        return self._result(timeout)

    def _result(self, timeout):
        out = self.read_until(b"\x04", timeout)
        if out is None:
            return None
        err = self.read_until(b"\x04>", 10)
        if err is None:
            return None
        return out[:-1], err[:-2]

    def interrupt(self):
        """Ctrl-C a running test; True if the raw REPL came back."""
        self.write(b"\x03")
        if self.read_until(b"\x04>", 5) is None:
            return False
        self.drain()
        return True

    def close(self):
        try:
            self.proc.kill()
            self.proc.wait(5)
        except Exception:
            pass


def unsupported(path):
    d = rt.directives(path)
    if "run-with" in d or "ferrite-args" in d:
        return "host-only directive"
    rel = os.path.relpath(path, os.path.join(ROOT, "tests"))
    if rel in BY_DESIGN:
        return "differs by design: " + BY_DESIGN[rel]
    if rel in DISABLED_ON_BOARD:
        return "left out of the firmware: " + DISABLED_ON_BOARD[rel]
    with open(path, encoding="utf-8", errors="replace") as f:
        src = f.read()
    if imports_local_module(path, src):
        return "imports a module beside the test (no files on the board)"
    for pat, why in UNSUPPORTED:
        if pat.search(src):
            return why
    return None


def run_batch(firmware, tests, ram, raw_paste, verbose, counts, failed):
    board = None
    for path in tests:
        rel = os.path.relpath(path, ROOT)
        why = unsupported(path)
        if why:
            counts["skip"] += 1
            if verbose:
                print("skip %s (%s)" % (rel, why))
            continue
        d = rt.directives(path)
        timeout = float(d.get("timeout", rt.DEFAULT_TIMEOUT)) * DEVICE_TIMEOUT_SCALE
        exp, exp_ok = rt.expected_output(path, timeout)
        if exp is None:
            counts["fail"] += 1
            failed.append(rel)
            print("FAIL %s\npython3 timed out producing the expected output" % rel)
            continue
        with open(path, "rb") as f:
            src = f.read()
        if board is None:
            board = Board(firmware, ram)
            if not board.enter_raw():
                board.close()
                print("FAIL: the firmware did not reach the raw REPL")
                counts["fail"] += 1
                failed.append(rel)
                board = None
                continue
        res = (board.exec_raw_paste if raw_paste else board.exec_raw)(src, timeout)
        if res is None:
            detail = "timed out after %gs (or the board crashed)" % timeout
            if not (board.alive and board.interrupt() and board.soft_reset()):
                with board.cond:
                    tail = bytes(board.buf[-300:])
                detail += "; restarting QEMU " + repr(tail)
                board.close()
                board = None
            counts["fail"] += 1
            failed.append(rel)
            print("FAIL %s\n%s" % (rel, detail))
            continue
        out, err = res
        out = out.replace(b"\r\n", b"\n")
        err = err.replace(b"\r\n", b"\n")
        if not board.soft_reset():
            board.close()
            board = None
        if out.strip() == b"SKIP":
            counts["skip"] += 1
            if verbose:
                print("skip %s" % rel)
            continue
        ok_status = not err
        if out == exp and ok_status == exp_ok:
            counts["pass"] += 1
            if verbose:
                print("pass %s" % rel)
            continue
        counts["fail"] += 1
        failed.append(rel)
        diff = "".join(difflib.unified_diff(
            exp.decode(errors="replace").splitlines(True), out.decode(errors="replace").splitlines(True),
            "expected", "board", n=2))
        detail = diff[:3000]
        if ok_status != exp_ok:
            detail += "\nerror status %s (expected %s)" % (not ok_status, not exp_ok)
        if err:
            detail += "\nerror output:\n" + err.decode(errors="replace")[-1500:]
        print("FAIL %s (RAM %s)\n%s" % (rel, ram or "16K", detail.rstrip()))
    if board is not None:
        board.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--firmware", default=FIRMWARE)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--no-raw-paste", action="store_true", help="send tests in plain raw mode")
    ap.add_argument("--no-smoke", action="store_true", help="skip the 16 KB smoke pass")
    ap.add_argument("--smoke-only", action="store_true", help="only the 16 KB smoke pass")
    ap.add_argument("--ram", type=int, default=BIG_RAM, help="RAM for the main pass (bytes)")
    ap.add_argument("--failures", default=None, help="write failing test names to this file")
    ap.add_argument("paths", nargs="*", help="test folders or files (default: %s)" % " ".join(DEFAULT_DIRS))
    opts = ap.parse_args()

    counts = {"pass": 0, "fail": 0, "skip": 0}
    failed = []
    raw_paste = not opts.no_raw_paste
    if not opts.smoke_only:
        dirs = opts.paths or [os.path.join(ROOT, p) for p in DEFAULT_DIRS]
        tests = []
        for p in dirs:
            p = os.path.abspath(p)
            if os.path.isdir(p) and not any(n.endswith(".py") for n in os.listdir(p)):
                tests += rt.find_tests([p])
            elif os.path.isdir(p):
                tests += [os.path.join(p, n) for n in sorted(os.listdir(p))
                          if n.endswith(".py") and not n.startswith("_")]
            else:
                tests.append(p)
        run_batch(opts.firmware, tests, opts.ram, raw_paste, opts.verbose, counts, failed)
    if not opts.no_smoke and not opts.paths:
        smoke = rt.find_tests([os.path.join(ROOT, SMOKE_DIR)])
        run_batch(opts.firmware, smoke, None, raw_paste, opts.verbose, counts, failed)
    if opts.failures:
        with open(opts.failures, "w") as f:
            f.write("".join(x + "\n" for x in failed))
    line = "%d passed, %d failed" % (counts["pass"], counts["fail"])
    if counts["skip"]:
        line += ", %d skipped" % counts["skip"]
    print(line)
    return 1 if counts["fail"] else 0


if __name__ == "__main__":
    sys.exit(main())
