# chr() and ord(): ASCII, multi-byte characters, bytes, range and type errors.
print(chr(65), chr(97), chr(48), repr(chr(0)), repr(chr(10)), repr(chr(127)))
print(chr(233), chr(0x20ac), chr(0x1f600) == "\U0001f600", len(chr(0x10ffff)))
print(ord("A"), ord("a"), ord("\n"), ord("\x00"), ord("é"), ord("€"), ord("\U0001f600"))
print(ord(b"A"), ord(bytearray(b"z")), ord(b"\xff"))
print(repr(chr(True)), ord(chr(0x10ffff)))
for c in range(0, 0x110000, 0x11111):
    assert ord(chr(c)) == c
print("".join(chr(ord(c) + 1) for c in "HAL"))

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: chr(-1))
err(lambda: chr(0x110000))
err(lambda: chr(1.5))
err(lambda: chr("a"))
err(lambda: chr(2**70))
err(lambda: ord("ab"))
err(lambda: ord(""))
err(lambda: ord("é€"))
err(lambda: ord(b"ab"))
err(lambda: ord(b""))
err(lambda: ord(65))
err(lambda: ord(None))
