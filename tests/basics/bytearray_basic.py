# bytearray: construction, mutation (items, slices, del), methods, +=, *=, comparisons
# (insert/pop/remove/reverse/clear/copy and extended slices: bytearray_extra.py).
a = bytearray(b"hello")
print(a, repr(a), len(a), a[0], a[-1], a[1:3], bytearray(), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
a[0] = 72
a[-1] = ord("O")
print(a)
a[1:3] = b"EE"
print(a)
a[1:3] = b"abcdef"
print(a)
a[2:6] = b""
print(a)
a[len(a):] = [33, 34]
print(a)
del a[0]
del a[-2:]
print(a)
b = bytearray(b"xyz")
b.append(65)
b.extend(b"BC")
b.extend([1, 2])
print(b)
d = bytearray(b"ab")
d += b"cd"
d += bytearray(b"e")
e = d
d *= 2
print(d, e is d, d + b"!", b"!" + d, d * 2, d == b"abcdeabcde", d < bytearray(b"b"))
print(d.upper(), d.find(b"c"), d.split(b"c"), d.replace(b"a", b"A"), d.hex(), d.decode(), d.startswith(b"ab"), list(d[:3]))
print(type(d.upper()).__name__, type(d[1:2]).__name__, type(d.split()[0]).__name__, bytes(d), bytearray(d) == d)
f = bytearray(b"0123456789")
def setitem(o, k, v):
    o[k] = v
for bad in [lambda: setitem(f, 0, 256), lambda: f.append("a"), lambda: f.extend("ab"),
            lambda: hash(f), lambda: f[20], lambda: f + "x"]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
# range errors; the repr always escapes '
g = bytearray(b"refill refill")
print(repr(bytearray(b"'")), repr(bytearray(b"'\"")), repr(bytearray(b'"')))
for bad in [lambda: g.extend([300]), lambda: setitem(g, slice(0, 1), [256]), lambda: bytearray([999]), lambda: bytes([999])]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
