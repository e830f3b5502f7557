# run-with: python3
# The raw REPL, byte for byte: entering with Ctrl-A, exec with output (OK, stdout, 0x04,
# errors, 0x04, '>'), a traceback in the error part, Ctrl-C interrupting code and clearing
# the buffer, Ctrl-A
# reprinting the banner, soft reset with Ctrl-D on an empty buffer (fresh state, still raw),
# and Ctrl-B back to the friendly REPL with the banner.
import _ptyhelper as P

RAW = b"raw REPL; CTRL-B to exit\r\n>"


def test(s):
    def exec_raw(code):
        s.send(code + b"\x04")
        ok = s.read_exact(2)
        out = s.expect(b"\x04")
        err = s.expect(b"\x04")
        prompt = s.read_exact(1)
        print(ok, out, err, prompt)

    s.send(b"\r\x01")
    P.show(s.expect(RAW))
    exec_raw(b"print(1)")
    exec_raw(b"print('a\\nb', end='!')\nx = 5\nimport math")
    exec_raw(b"1/0")
    exec_raw(b"def f():\n    raise ValueError('bad')\n\nf()")
    exec_raw(b"x + 1")
    exec_raw(b"print(x * 2)")
    # Ctrl-C while raw-mode code runs: the KeyboardInterrupt traceback in the error part
    s.send(b"print('looping')\nwhile True: pass\x04")
    print(s.read_exact(2), s.expect(b"looping\r\n"))
    s.send(b"\x03")
    print(s.expect(b"\x04"), s.expect(b"\x04"), s.read_exact(1))
    s.send(b"print('dropped')\x03")
    exec_raw(b"print('after ctrl-c')")
    s.send(b"garbage\x01")
    P.show(s.expect(RAW))
    exec_raw(b"import sys\r\nprint('math' in sys.modules)")
    # soft reset: b"OK\r\n", the reboot line, the raw banner; globals and modules are fresh
    s.send(b"\x04")
    P.show(s.expect(RAW))
    exec_raw(b"import sys\nprint('x' in globals(), 'math' in sys.modules, sys.path == [''] or sys.path)")
    s.send(b"\x02")
    P.show(s.expect(b">>> "))
    s.send(b"x\r")
    P.show(s.expect(b">>> "))


P.run(test)
