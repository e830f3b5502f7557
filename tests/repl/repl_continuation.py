# run-with: python3
# Continuation lines and auto-indent: the indent after ':' is inserted and kept, three
# Enters (or Backspace + Enter) end a block, brackets/triple quotes/backslash continue,
# Ctrl-C abandons the statement, Ctrl-D on an empty continuation line runs it.
import _ptyhelper as P


def test(s):
    def step(data, marker):
        s.send(data)
        P.show(s.expect(marker))

    step("for i in range(3):\r", b"...     ")
    step("print(i)\r", b"...     ")
    step("\r", b"...     ")
    step("\r", b"... ")
    step("\r", b">>> ")
    step("def f(x):\r", b"...     ")
    step("if x:\r", b"...         ")
    step("return 1\r", b"...         ")
    step("\x7f", b"\x1b[K")
    step("return 2\r", b"...     ")
    step("\x08", b"\x1b[K")
    step("\r", b">>> ")
    step("f(0), f(1)\r", b">>> ")
    step("(1,\r", b"... ")
    step("2)\r", b">>> ")
    step("'''a\r", b"... ")
    step("b'''\r", b">>> ")
    step("1 + \\\r", b"... ")
    step("2\r", b">>> ")
    step("while True: pass\r", b"... ")
    step("\x03", b">>> ")
    step("class A:\r", b"...     ")
    step("x = 5\r", b"...     ")
    step("\x7f\x04", b">>> ")
    step("A.x\r", b">>> ")
    step("with_x = 3\r", b">>> ")


P.run(test)
