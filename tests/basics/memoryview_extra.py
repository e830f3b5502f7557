# memoryview features boards leave out (FE_STR_EXTRA_METHODS): tolist, toreadonly, cast,
# the shape attributes, hex with a separator.
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
