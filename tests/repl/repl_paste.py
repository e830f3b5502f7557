# run-with: python3
# Paste mode (Ctrl-E): banner, "=== " prompts, text echoed as sent with no auto-indent or
# editing keys, Ctrl-D runs it all as a module (the values of top-level expressions are
# printed, as in MicroPython), Ctrl-C cancels; and pasting into the
# normal prompt, where a Space after an auto-indent drops the indent.
import _ptyhelper as P


def test(s):
    def step(data, marker=b">>> "):
        s.send(data)
        P.show(s.expect(marker))

    step("\x05", b"=== ")
    step("def f(n):\r    if n:\r        return 'yes'\r    return 'no'\r\rprint(f(1), f(0))\rx = 7\rf(1)\r[x,\r x]\r\x04")
    step("x\r")
    step("\x05", b"=== ")
    step("print('cancelled')\r\x03")
    step("\x05", b"=== ")
    step("s = 'a\tb\x08\x01'\rprint(len(s))\r\x04")
    step("\x05", b"=== ")
    step("print('runs')\r1/0\r\x04")
    step("\x05", b"=== ")
    s.send("print('nothing runs')\r1 +\r\x04")
    out = s.expect(b">>> ").split(b"=== \r\n")[-1]
    print("syntax error:", b"SyntaxError" in out, "ran:", b"nothing runs" in out)
    step("for i in range(2):\r", b"...     ")
    step("    print(i)\r", b"... ")
    step("\r")


P.run(test)
