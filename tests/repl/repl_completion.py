# run-with: python3
# Tab completion: one candidate completes in place, a longer common prefix is inserted,
# several candidates are listed in 16-column slots and the line is redrawn; attributes after
# a dot; Tab after whitespace inserts 4 spaces; a prefix of "import " completes to it.
import _ptyhelper as P


def test(s):
    def step(data, marker=b">>> "):
        s.send(data)
        P.show(s.expect(marker))

    step("zeta_one = 1\r")
    step("zeta_two = 2\r")
    step("zebra_long_name = 3\r")
    step("zebra_l\t", b"name")
    step("\r")
    step("zet\t", b"a_")
    step("\t", b"zeta_")
    step("t\t", b"wo")
    step("\r")
    step("class K:\r", b"...     ")
    step("alpha = 1\r", b"...     ")
    step("alps = 2\r", b"...     ")
    step("def m(self): pass\r", b"...     ")
    step("\r", b"...     ")
    step("\r", b"... ")
    step("\r")
    step("K.al\t", b"K.alp")
    step("\t", b"K.alp")
    step("h\t", b"a")
    step("\r")
    step("K.m\t", b"K.m")
    step("\x03")
    step("K.\t", b"K.")
    step("\x03")
    step("x = 1 if zebra_long_name else 0\r")
    step("if x:\r", b"...     ")
    step("y = \t", b"    ")
    step("1\r", b"...     ")
    step("\r", b"...     ")
    step("\r", b"... ")
    step("\r")
    step("y\r")
    step("imp\t", b"import ")
    step("\x03")
    step("qqqq\t\x03")


P.run(test)
