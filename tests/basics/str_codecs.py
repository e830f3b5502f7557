# str/bytes constructors with codecs, maketrans through instances, fromhex on subclasses, format_map errors.
print("abc".maketrans("a", "b") == {97: 98}, b"".maketrans(b"a", b"b")[97], bytearray.maketrans(b"a", b"b")[97])
try:
    "{x}".format_map({})
except KeyError as e:
    print("KeyError", e)
print("{a-b}".format(**{"a-b": 1}), "{0}".format(*[7]), "{}{}".format(*"ab"))
print(str(b"abc", errors="strict"), str(object=5), str(b"\xff", "utf-8", "replace"))
print(bytes.fromhex.__name__ if hasattr(bytes.fromhex, "__name__") else "fromhex", type(bytearray.fromhex("00")).__name__)
class BB(bytes):
    pass
print(type(BB.fromhex("61")).__name__, BB.fromhex("61"))
try:
    str(b"x", 5)
except TypeError as e:
    print("TypeError", e)
try:
    str("x", "utf-8")
except TypeError as e:
    print("TypeError", e)
print(repr(str(1, )), "".join([]) == "", ",".join(map(str, [1, 2])))
for f in [lambda: b'x'.decode(5), lambda: 'x'.encode(5), lambda: bytes('x', 5), lambda: str(b'x','utf-8',5), lambda: 'x'.encode('utf-8', 5)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
