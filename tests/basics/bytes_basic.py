# bytes: constructors, repr, operators, indexing, slicing, hashing, methods, hex, decode.
print(bytes(), bytes(3), bytes([65, 66, 0, 255]), bytes(range(5)), bytes(b"xy"), bytes(bytearray(b"z")), bytes("é", "utf-8"))
print(bytes("abc", encoding="ascii"), bytes(memoryview(b"mv")), bytes((1, 2)), bytes(x for x in [97, 98]))
print(repr(b""), b"'", b'"', b"'\"", b"\\", b"\n\t\r\x00\x7f\x80\xff", b" ~")
b = b"hello world"
print(b[0], b[-1], b[1:4], b[::-1], b[::3], b[100:], len(b), list(b[:3]), b"" == bytes())
print(b + b"!", b + bytearray(b"?"), b * 2, 2 * b"ab", b"ab" * 0, b"l" in b, 111 in b, b"xyz" in b, 300 - 200 in b)
print(b == b"hello world", b != b"x", b"a" < b"b", b"ab" < b"a", b"a" == bytearray(b"a"), b"a" == "a", b"abc" <= b"abc")
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], hash(b"") == hash(bytes()))
print(b.find(b"o"), b.find(111), b.rfind(b"o"), b.index(b"w"), b.count(b"l"), b.count(108), b.startswith(b"he"), b.endswith((b"x", b"ld")))
print(b.upper(), b"ABC".lower(), b.split(), b.split(b"o"), b.rsplit(b" ", 1))
print(b"  x  ".strip(), b"xxhixx".strip(b"x"), b" x".lstrip(), b"x ".rstrip(), b.replace(b"l", b"L"), b.replace(b"l", b"", 2))
print(b"42".zfill(5), b",".join([b"a", bytearray(b"b"), memoryview(b"c")]))
print(b"abc".isalpha(), b"123".isdigit(), b" \t".isspace(), b"abc".islower(), b"ABC".isupper())
print(b"\xde\xad\xbe\xef".hex())
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), b"abc".decode("ascii"))
for x in b"ab":
    print(x, end=" ")
print()
for bad in [lambda: bytes("abc"), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(["a"]), lambda: bytes(-1), lambda: b"a" + "b",
            lambda: b"abc"[5], lambda: b"a".find("a"), lambda: b"a".split("a"), lambda: "a" in b"a", lambda: b"a".join(["a"]),
            lambda: b"a".decode("bogus"), lambda: bytes(1.5),
            lambda: b"a"[0:1].index(b"z"), lambda: hash(bytearray(b"a"))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
