# memoryview features boards leave out: tolist, toreadonly, cast, release and with, the
# shape attributes, hex with a separator (FE_STR_EXTRA_METHODS), strided views
# (FE_STR_EXTENDED_SLICES).
m = memoryview(b"abcdef")
ba = bytearray(b"hello")
v = memoryview(ba)
w = v[::2]
print(m.tolist(), m.ndim, v.obj is ba, w.tolist(), w.shape, w.strides, m.suboffsets, w.contiguous, v.c_contiguous)
r = v.toreadonly()
print(r.readonly, r.tobytes(), m.cast("B").tolist(), m[1:4].hex(":"))
for bad in [lambda: w.cast("B")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(m[::2].tobytes(), m[::-1].tobytes(), m[::2] == b"ace", list(memoryview(bytearray(b"xyz"))[::-2]))
w[1] = 63
print(ba, list(w), bytes(w), hash(memoryview(b"abcd")[::2]) == hash(b"ac"))
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
try:
    cm.tobytes()
except ValueError as e:
    print("ValueError", e)
