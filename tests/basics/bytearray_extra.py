# bytearray's list-like mutators (FE_STR_EXTRA_METHODS) and extended slice assignment and
# deletion (FE_STR_EXTENDED_SLICES), which boards leave out.
b = bytearray(b"xyzABC\x01\x02")
b.insert(0, 48)
b.insert(-1, 57)
b.insert(100, 46)
print(b, b.pop(), b.pop(0), b)
b.remove(65)
b.reverse()
print(b)
c = b.copy()
b.clear()
print(b, c, c is not b)
f = bytearray(b"0a234b678c")
for bad in [lambda: f.pop(50), lambda: bytearray().pop(), lambda: f.remove(200), lambda: f.remove(120)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
a = bytearray(b"HabcdefO")
a[::2] = b"1234"
print(a)
del a[::2]
print(a)
f = bytearray(b"0123456789")
f[1:9:3] = b"abc"
print(f)
try:
    f[0:4:2] = b"x"
except ValueError as e:
    print("ValueError", e)
# an empty value deletes an extended slice
g = bytearray(b"refill refill")
g[2:20:3] = b""
print(g)
