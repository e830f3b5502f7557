# run-with: python3
# Line editing with the keys real terminals send: arrows, Home/End in their VT100/xterm
# forms and Ctrl-A/E, Backspace, Delete, Ctrl-K/U, insertion mid-line; and history.
import _ptyhelper as P


def test(s):
    def step(data, marker=b">>> "):
        s.send(data)
        P.show(s.expect(marker))

    step("'12345'\x1b[D\x1b[D\x1b[Dx\r")        # insert mid-line -> '123x45'
    step("abc\x1b[H'\x1b[F'\r")                  # ESC [ H / ESC [ F
    step("abc\x1bOH'\x1bOF'\r")                  # ESC O H / ESC O F
    step("abc\x1b[1~'\x1b[4~'\r")                # ESC [ 1 ~ / ESC [ 4 ~
    step("abc\x1b[7~'\x1b[8~'\r")                # ESC [ 7 ~ / ESC [ 8 ~
    step("abc\x01'\x05'\r")                      # Ctrl-A / Ctrl-E on a non-empty line
    step("'abc'\x02\x02\x02X\x06Y\r")              # Ctrl-B / Ctrl-F: left / right
    step("'abc'\x1b[D\x1b[D\x08\r")              # Backspace mid-line -> 'ac'
    step("'abcd'\x1b[H\x1b[C\x1b[3~\x1b[3~\r")   # Delete -> 'cd'
    step("'abcd'\x1b[D\x1b[D\x1b[D\x0b'\r")      # Ctrl-K -> 'ab'
    step("xyz'abc'\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D\x15\r")  # Ctrl-U -> 'abc'
    step("'a'\x1b[Z\x1b[5C + 'b'\r")             # unknown sequences are dropped
    step("'a' + 'bc'\x1b[1;5D\x1b[1;5DX\r")      # Ctrl+Left: a word left
    step("'longer text here'\x1b[H\x1b[C\x1b[C\x1b[C\x1b[C\x1b[C\x1b[C\x1b[C\x1b[C\x1b[C\x1b[C\x1b[CX\r")
    # history: newest first, Down past the newest gives an empty line
    step("1\r")
    step("2\r")
    step("3\r")
    step("\x1b[A", b"3")
    step("\x1b[A", b"2")
    step("\x1b[A", b"1")
    step("\x1b[B", b"2")
    step("\x1b[B\x1b[B", b"\x1b[K")
    step("\x10\x10\r")                            # Ctrl-P twice -> 2
    step("\x10\x0e\x0e\r")                        # Ctrl-P, Ctrl-N, Ctrl-N -> empty
    step("'' + 'another'\x1b[A\x1b[A\r")           # a recalled line replaces the text


P.run(test)
