# More bytes/bytearray methods: split forms, search with ints and ranges,
# predicates and result types (the ones boards leave out: bytes_methods_extra.py).
b = b"  one two\tthree  "
print(b.split(), b.split(None, 1), b.rsplit(None, 1), b.split(maxsplit=0), b.split(b" "), b.strip().split(b"t", 1))
x = bytearray(b"abcabc")
print(x.find(98), x.find(b"c", 3), x.rfind(97), x.count(b"bc"), x.index(99, 3), x.find(98, -2), x.count(97, 1, 4))
print(x.startswith((b"x", b"ab")), x.endswith(bytearray(b"bc")), x.startswith(b"b", 1), 98 in x, b"ca" in x, bytearray(b"") in x)
print(b"".isspace(), b"x".zfill(3), b"-5".zfill(4))
for r in [x.upper(), x.replace(b"a", b""), x.strip(b"c"), x.split(b"b"), x * 2, x[1:]]:
    print(type(r).__name__, r)
for bad in [lambda: x.find(300), lambda: b"a".startswith("a")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
