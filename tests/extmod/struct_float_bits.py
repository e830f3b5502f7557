# Floats through struct 'f'/'d' and array 'd' with values exact in single precision,
# so the board (single floats, converting double bit patterns by hand) prints the same.
import struct
import array

for v in [1.5, -2.25, 0.0, -0.0, 1e10, 0.125, 65504.0, float("inf"), float("-inf")]:
    for fmt in ("<f", "<d", ">d"):
        b = struct.pack(fmt, v)
        print(fmt, v, b, struct.unpack(fmt, b)[0])
print(struct.unpack("<d", b"\x9a\x99\x99\x99\x99\x99\xb9\x3f")[0])  # the double nearest 0.1
print(struct.unpack("<d", b"\x00\x00\x00\x00\x00\x00\xf0\x7f")[0])
print(struct.unpack("<d", b"\x00\x00\x00\x00\x00\x00\xf8\xff")[0])
a = array.array("d", [1.5, -0.25])
print(a, bytes(a))
a = array.array("d", b"\x00\x00\x00\x00\x00\x00\x08\x40")
print(a)
