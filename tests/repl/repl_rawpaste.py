# run-with: python3
# Raw-paste mode with its flow control, as mpremote and pyboard.py use it: the request
# b"\x05A\x01", the reply b"R\x01" + window (u16) + b"\x01", one b"\x01" per window consumed,
# b"\x04" echoed at the end, then stdout 0x04 errors 0x04 '>'. A >5 KB script sent within
# the credit, an empty submission, a syntax error, and Ctrl-C in the middle of a transfer.
import struct
import _ptyhelper as P

RAW = b"raw REPL; CTRL-B to exit\r\n>"


def raw_paste(s, code, interrupt_at=None):
    s.send(b"\x05A\x01")
    reply = s.read_exact(2)
    window = struct.unpack("<H", s.read_exact(2))[0]
    first = s.read_exact(1)
    print("reply", reply, "window", window, first)
    credit = 2 * window  # the trailing 0x01 grants a second window
    grants = 0
    pos = 0
    while pos < len(code):
        if interrupt_at is not None and pos >= interrupt_at:
            s.send(b"\x03")
            break
        while credit == 0 or s.buf[:1] == b"\x01":
            assert s.read_exact(1) == b"\x01"
            credit += window
            grants += 1
        n = min(credit, len(code) - pos, 100)
        s.send(code[pos:pos + n])
        pos += n
        credit -= n
    else:
        s.send(b"\x04")
    ack = s.expect(b"\x04")
    grants += ack.count(b"\x01")
    print("grants", grants, "ack", ack.replace(b"\x01", b""))
    out = s.expect(b"\x04")
    err = s.expect(b"\x04")
    if b"\r\nSyntaxError: " in err:
        err = b"<a SyntaxError>"  # the message is the compiler's business
    print("out", out, "err", err, "prompt", s.read_exact(1))


def test(s):
    s.send(b"\r\x01")
    s.expect(RAW)
    code = b"".join(b"v%d = %d  # padding to make the script longer\n" % (i, i * i) for i in range(150))
    code += b"print(len([k for k in globals() if k.startswith('v')]), v149)\n"
    print("script bytes", len(code))
    raw_paste(s, code)
    raw_paste(s, b"")
    raw_paste(s, b"print('first')\nx = (\n")
    raw_paste(s, b"print('never')\n" * 40, interrupt_at=300)
    s.send(b"print('plain mode still works')\x04")
    print(s.read_exact(2), s.expect(b"\x04"), s.expect(b"\x04>"))


P.run(test)
