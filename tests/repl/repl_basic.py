# run-with: python3
# The friendly REPL: banner, expression results (repr, None not shown, `_`), print output,
# a traceback and the prompt after it, Ctrl-C on a line, Ctrl-D exits ferrite with status 0.
import _ptyhelper as P

s = P.Session()
try:
    P.show(s.expect(P.BANNER))
    P.show(s.expect(b">>> "))
    for line in ["1 + 2", "'a' * 3", "None", "_", "x = [1, (2, 'b')]", "x",
                 "print('hi'); print('there')", "1 / 0", "",  "   ", "b'\\x00\\n'"]:
        s.send(line + "\r")
        P.show(s.expect(b">>> "))
    s.send("abc\x03")
    P.show(s.expect(b">>> "))
    s.send("\x04")
    print("exit", s.wait_exit())
    P.show(s.buf)
except P.Timeout as e:
    print("TIMEOUT", e)
finally:
    s.close()
