# bytes/bytearray methods boards leave out (FE_STR_EXTRA_METHODS): hex grouping, fromhex,
# other case mappings, istitle, splitlines, partition, expandtabs, removeprefix/suffix,
# maketrans/translate.
for n in range(0, 8):
    b = bytes(range(0xa0, 0xa0 + n))
    print(b.hex(), b.hex("."), b.hex(":", 2), b.hex(":", -2), b.hex(b"|", 3), b.hex("_", -3))
b = b"hello world"
print(b"a1".isalnum(), b"\xff".isascii(), b"Ab1 ".isalnum(), b"".isascii(), b"abc".center(9, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"-"), bytearray(b"ab").center(6))
print(b.title(), b.capitalize(), b.swapcase(), b"a\nb\r\nc".splitlines(), b"Ab Cd".istitle(), b.partition(b" "), b.rpartition(b"o"))
print(b"abc".hex(":"), b"abcdef".hex("-", 2), b"abcdef".hex("-", -4))
print(b"tab\there".expandtabs(4), b"prefix-x".removeprefix(b"prefix-"), b"a.py".removesuffix(b".py"))
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), b"aabbcc".translate(t), b"hello".translate(None, b"l"))
print(b"hello".translate(bytes.maketrans(b"el", b"ip")), bytearray(b"aXbX").translate(None, b"X"))
print(b"ab\tcd".expandtabs(), b"a,b".partition(b","), bytearray(b"a,b").rpartition(b","))
print(b"a\r\nb\rc\n".splitlines(keepends=True), bytearray(b"one\ntwo").splitlines(), b"MiXeD".swapcase(), b"hello world".title())
x = bytearray(b"abcabc")
r = x.partition(b"b")
print(type(r).__name__, r, b"abc".removeprefix(bytearray(b"a")))
print(bytes.fromhex("de ad BEEF"), bytearray.fromhex("0a0b"), bytes.fromhex(""), bytes.fromhex(" 01\n02 "))
print(bytes.fromhex.__name__ if hasattr(bytes.fromhex, "__name__") else "fromhex", type(bytearray.fromhex("00")).__name__)
class BB(bytes):
    pass
print(type(BB.fromhex("61")).__name__, BB.fromhex("61"))
for bad in [lambda: b"a".hex(":", 0), lambda: b"a".hex("::"), lambda: b"a".translate(b"short"), lambda: bytes.maketrans(b"a", b"bc"),
            lambda: b"a".center(3, "x"), lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("abc"), lambda: bytes.fromhex(5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
