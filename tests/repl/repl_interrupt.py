# run-with: python3
# Ctrl-C interrupts running code with KeyboardInterrupt and a traceback: a tight loop, a
# loop in a function, a blocking read of stdin, time.sleep (or a loop where the port has
# no time module); the REPL carries on with its state intact.
import _ptyhelper as P


def test(s):
    def step(data, marker=b">>> "):
        s.send(data)
        P.show(s.expect(marker))

    step("n = 0\r")
    step("print('start')\r")
    step("while True: n = n + 1 if n else print('loop') or 1\r", b"... ")
    step("\r", b"loop\r\n")
    s.send("\x03")
    P.show(s.expect(b">>> "))
    step("n > 0\r")
    # spin prints from inside the function, so Ctrl-C is sent only once its loop runs (on a
    # slow build a Ctrl-C sent earlier could land at the call, before spin's frame exists)
    step("def spin():\r", b"...     ")
    step("print('go')\r", b"...     ")
    step("while True:\r", b"...         ")
    step("pass\r", b"...         ")
    step("\x7f\x7f\r")
    step("spin()\r", b"go\r\n")
    step("\x03")
    step("import sys\r")
    step("print('reading'); sys.stdin.read(1)\r", b"reading\r\n")
    # A Ctrl-C that lands between the print and the start of the read only marks the
    # interrupt pending (the port checks it when read() is interrupted): press it again.
    for attempt in range(10):
        s.send("\x03")
        try:
            P.show(s.expect(b">>> ", timeout=0.5))
            break
        except P.Timeout:
            pass
    step("try:\r", b"...     ")
    step("import time\r", b"...     ")
    step("def pause(): time.sleep(30)\r", b"...     ")
    step("\x7fexcept ImportError:\r", b"...     ")
    step("def pause():\r", b"...         ")
    step("while True: pass\r", b"...         ")
    step("\x7f\x7f\r")
    s.send("print('sleeping'); pause()\r")
    s.expect(b"sleeping\r\n")
    for attempt in range(10):  # (as above: the sleep may not have started yet)
        s.send("\x03")
        try:
            out = s.expect(b">>> ", timeout=0.5)
            break
        except P.Timeout:
            pass
    print("sleep interrupted:", out.endswith(b"KeyboardInterrupt\r\n>>> "))
    step("'still here', n > 0\r")


P.run(test)
