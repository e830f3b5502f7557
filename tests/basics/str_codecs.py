# str/bytes constructors with codecs, format with unpacked arguments.
print("{a-b}".format(**{"a-b": 1}), "{0}".format(*[7]), "{}{}".format(*"ab"))
print(str(b"abc", errors="strict"), str(object=5))
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
