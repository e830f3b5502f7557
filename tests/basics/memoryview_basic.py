# memoryview over bytes and bytearray: len, indexing, slicing (views), assignment, tobytes
# (tolist, cast, release, the other attributes and strided views: memoryview_extra.py).
m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m[1:3].tobytes(), list(m), bytes(m), m.readonly, m.format, m.itemsize, m.nbytes)
print(m[1:5][1:3].tobytes(), list(m[4:]), m == b"abcdef")
ba = bytearray(b"hello")
v = memoryview(ba)
v[0] = 72
v[1:3] = b"EL"
print(ba, v.readonly, v.tobytes(), len(v[1:]))
s = v[2:]
s[0] = ord("!")
print(ba, bytes(s))
print(b"".join([memoryview(b"ab"), memoryview(b"cd")]), bytearray(memoryview(b"xy")), b"ab" + memoryview(b"cd"))
def setitem(o, k, v):
    o[k] = v
def delitem(o, k):
    del o[k]
for bad in [lambda: setitem(m, 0, 1), lambda: setitem(v, 0, 256), lambda: setitem(v, slice(0, 2), b"abc"),
            lambda: m[10], lambda: memoryview("str"), lambda: memoryview(5), lambda: delitem(m, 0)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(hash(m) == hash(b"abcdef"), m.hex())
print(bool(memoryview(b"")), bool(memoryview(b"a")), bool(m[2:2]))
