# run-with: python3
# A client that speaks to ferrite the way pyboard.py and mpremote do (their byte sequences,
# chunking and framing): enter the raw REPL with b"\r\x03" ... b"\r\x01", soft reset, exec
# through raw-paste and through plain 256-byte chunks, eval via print(), and the file
# transfers of `fs put/get/cat` (open/write/read with bytes reprs) with binary data.
import ast
import os
import random
import shutil
import struct
import tempfile
import time
import _ptyhelper as P


class Board:
    def __init__(self, session, use_raw_paste=True):
        self.s = session
        self.use_raw_paste = use_raw_paste

    def enter_raw_repl(self, soft_reset=True):
        s = self.s
        s.send(b"\r\x03")
        s.expect(b">>> ")  # (the tools drain whatever is waiting instead)
        s.send(b"\r\x01")
        s.expect(b"raw REPL; CTRL-B to exit\r\n>")
        if soft_reset:
            s.send(b"\x04")
            s.expect(b"soft reboot\r\n")
            s.expect(b"raw REPL; CTRL-B to exit\r\n")

    def exit_raw_repl(self):
        self.s.send(b"\r\x02")
        self.s.expect(b">>> ")

    def exec_raw(self, code):
        s = self.s
        if isinstance(code, str):
            code = code.encode()
        s.expect(b">")
        if self.use_raw_paste:
            s.send(b"\x05A\x01")
            assert s.read_exact(2) == b"R\x01"
            window = struct.unpack("<H", s.read_exact(2))[0]
            assert s.read_exact(1) == b"\x01"
            credit = 2 * window
            i = 0
            while i < len(code):
                while credit == 0 or s.buf[:1] == b"\x01":
                    assert s.read_exact(1) == b"\x01"
                    credit += window
                n = min(credit, len(code) - i)
                s.send(code[i:i + n])
                i += n
                credit -= n
            s.send(b"\x04")
            assert s.expect(b"\x04").endswith(b"\x04")
        else:
            for i in range(0, len(code), 256):
                s.send(code[i:i + 256])
                time.sleep(0.01)
            s.send(b"\x04")
            ok = s.read_exact(2)
            assert ok == b"OK", ok
        out = s.expect(b"\x04")[:-1]
        err = s.expect(b"\x04")[:-1]
        return out, err

    def exec_(self, code):
        out, err = self.exec_raw(code)
        if err:
            raise RuntimeError(err.decode())
        return out

    def eval(self, expr):
        return self.exec_("print({})".format(expr)).strip()

    def fs_put(self, src, dest, chunk=256):
        self.exec_("f=open('%s','wb')\nw=f.write" % dest)
        with open(src, "rb") as f:
            while True:
                data = f.read(chunk)
                if not data:
                    break
                self.exec_("w(" + repr(data) + ")")
        self.exec_("f.close()")

    def fs_get(self, src, dest, chunk=256):
        self.exec_("f=open('%s','rb')\nr=f.read" % src)
        with open(dest, "wb") as f:
            while True:
                data = self.exec_("print(r(%u))" % chunk)
                assert data.endswith(b"\r\n")
                data = ast.literal_eval(data[:-2].decode())
                if not data:
                    break
                f.write(data)
        self.exec_("f.close()")

    def fs_cat(self, src):
        return self.exec_(
            "with open('%s') as f:\n while 1:\n  b=f.read(256)\n  if not b:break\n  print(b,end='')" % src)


def files_session(b, tmp):
    """What mpremote's mkdir, cp, ls, stat checks, rm and rmdir send (os.ilistdir, os.stat)."""
    d = os.path.join(tmp, "d")
    b.exec_("import os")
    b.exec_("os.mkdir('%s')" % d)
    out, err = b.exec_raw("os.mkdir('%s')" % d)
    print("mkdir again:", err.splitlines()[-1])
    b.exec_("f=open('%s','wb')\nw=f.write\nw(b'abc\\x00\\x04')\nf.close()" % os.path.join(d, "f.bin"))
    b.exec_("os.mkdir('%s')" % os.path.join(d, "sub"))
    listing = ast.literal_eval(b.exec_("print(sorted((e[0], e[1]) for e in os.ilistdir('%s')))" % d).decode())
    print("ls:", listing)
    st = ast.literal_eval(b.exec_("print(tuple(os.stat('%s')))" % d).decode())
    print("stat dir:", len(st), all(isinstance(x, int) for x in st), bool(st[0] & 0x4000))
    st = ast.literal_eval(b.exec_("print(tuple(os.stat('%s')))" % os.path.join(d, "f.bin")).decode())
    print("stat file:", bool(st[0] & 0x4000), st[6])
    out, err = b.exec_raw("os.stat('%s')" % os.path.join(d, "missing"))
    print("stat missing:", err.splitlines()[-1])
    b.exec_("os.remove('%s')" % os.path.join(d, "f.bin"))
    b.exec_("os.rmdir('%s')" % os.path.join(d, "sub"))
    print("after rm:", b.exec_("print(os.listdir('%s'))" % d))
    b.exec_("os.rmdir('%s')" % d)
    print("gone:", not os.path.exists(d))


def main():
    tmp = tempfile.mkdtemp(prefix="ferrite-hosttool-")
    s = P.Session()
    try:
        s.start()
        for raw_paste in (True, False):
            print("raw-paste" if raw_paste else "plain")
            b = Board(s, raw_paste)
            b.enter_raw_repl()
            print(b.exec_("print('hello')"))
            print(b.eval("1+2"), b.eval("[1, 'a', b'\\x00']"))
            out, err = b.exec_raw("print('partial')\nraise ValueError('boom')")
            print(out, err.splitlines()[-1])
            # a 6 KB script, as pyboard.py's 5 KB check
            big = "".join("a%d = %d\n" % (i, i) for i in range(700)) + "print(a699 + a1)\n"
            print(len(big) > 5000, b.exec_(big))
            # files with every awkward byte
            rnd = random.Random(5)
            data = bytes([0, 3, 4, 10, 13, 27, 0x7f, 0xff]) * 40 + bytes(rnd.randrange(256) for _ in range(900))
            src = os.path.join(tmp, "src.bin")
            with open(src, "wb") as f:
                f.write(data)
            dev = os.path.join(tmp, "dev%d.bin" % raw_paste)
            b.fs_put(src, dev)
            back = os.path.join(tmp, "back.bin")
            b.fs_get(dev, back)
            with open(dev, "rb") as f:
                print("put ok", f.read() == data)
            with open(back, "rb") as f:
                print("get ok", f.read() == data)
            text = os.path.join(tmp, "t.txt")
            with open(text, "w") as f:
                f.write("line one\nline two\n" * 20)
            print(b.fs_cat(text) == ("line one\r\nline two\r\n" * 20).encode())
            out, err = b.exec_raw("open('%s')" % os.path.join(tmp, "missing"))
            print(err.splitlines()[-1])
            if raw_paste:
                files_session(b, tmp)
            b.exit_raw_repl()
        s.send(b"a1\r")
        P.show(s.expect(b">>> "))
    except P.Timeout as e:
        print("TIMEOUT", e)
    finally:
        s.close()
        shutil.rmtree(tmp, ignore_errors=True)


main()
