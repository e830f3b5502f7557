# bytearray's list-like mutators boards leave out (FE_STR_EXTRA_METHODS).
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
