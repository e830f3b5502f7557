# uctypes over a bytearray: every scalar type in the three layouts, nested structures,
# arrays of scalars and of structures, sizeof, bytes_at and bytearray_at.
import uctypes

buf = bytearray(b'\x01\x82\x03\x84\x05\x86\x07\x88\x09\x8a\x0b\x8c\x0d\x8e\x0f\x90')
addr = uctypes.addressof(buf)
scalars = {
    'u8': uctypes.UINT8 | 1, 'i8': uctypes.INT8 | 1,
    'u16': uctypes.UINT16 | 0, 'i16': uctypes.INT16 | 2,
    'u32': uctypes.UINT32 | 4, 'i32': uctypes.INT32 | 4,
    'u64': uctypes.UINT64 | 8, 'i64': uctypes.INT64 | 8,
}
names = ('u8', 'i8', 'u16', 'i16', 'u32', 'i32', 'u64', 'i64')
for layout in (uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN):
    s = uctypes.struct(addr, scalars, layout)
    print([getattr(s, n) for n in names])
    print(uctypes.sizeof(s), uctypes.sizeof(scalars, layout))
n = uctypes.struct(addr, scalars, uctypes.NATIVE)
print(n.u32 == uctypes.struct(addr, scalars, uctypes.LITTLE_ENDIAN).u32, uctypes.sizeof(n))
print(uctypes.sizeof({'a': uctypes.UINT32 | 0, 'b': uctypes.UINT8 | 4}), uctypes.sizeof({'a': uctypes.UINT32 | 0, 'b': uctypes.UINT8 | 4}, uctypes.LITTLE_ENDIAN))

s = uctypes.struct(addr, scalars, uctypes.LITTLE_ENDIAN)
s.u16 = 0x1234
s.i8 = -2
s.u64 = 2**64 - 1
print(list(buf[:2]), s.u16, s.i8, s.u8, s.i64, s.u64)
s.i32 = -5
print(list(buf[4:8]), s.u32)
b = uctypes.struct(addr, scalars, uctypes.BIG_ENDIAN)
b.u32 = 0x01020304
print(list(buf[4:8]), s.u32 == 0x04030201)
s.u8 = 0x1ff   # truncated to the field
print(buf[1])

fbuf = bytearray(12)
fdesc = {'f32': uctypes.FLOAT32 | 0, 'f64': uctypes.FLOAT64 | 4}
f = uctypes.struct(uctypes.addressof(fbuf), fdesc, uctypes.LITTLE_ENDIAN)
f.f32 = 1.5
f.f64 = -0.1
print(f.f32, f.f64, list(fbuf[:4]))
fb = uctypes.struct(uctypes.addressof(fbuf), fdesc, uctypes.BIG_ENDIAN)
fb.f32 = 2.0
print(list(fbuf[:4]), fb.f32)

mem = bytearray(range(32))
a = uctypes.addressof(mem)
desc = {
    'sub': (2, {'b0': uctypes.UINT8 | 0, 'b1': uctypes.UINT8 | 1, 'w': uctypes.UINT16 | 2}),
    'arr': (uctypes.ARRAY | 8, uctypes.UINT8 | 4),
    'warr': (uctypes.ARRAY | 12, uctypes.UINT16 | 2),
    'arr2': (uctypes.ARRAY | 16, 3, {'b': uctypes.UINT8 | 0, 'c': uctypes.UINT8 | 1}),
}
t = uctypes.struct(a, desc, uctypes.LITTLE_ENDIAN)
print(t.sub.b0, t.sub.b1, hex(t.sub.w))
print(len(t.arr), t.arr[0], t.arr[3], list(t.arr))
print(hex(t.warr[1]), len(t.warr))
print(len(t.arr2), t.arr2[2].b, t.arr2[2].c, uctypes.sizeof(t.arr2), uctypes.sizeof(t.arr2[0]))
print(uctypes.sizeof(desc, uctypes.LITTLE_ENDIAN), uctypes.sizeof(t.sub), uctypes.sizeof(t))
t.arr[1] = 200
t.warr[0] = 0xbeef
t.arr2[1].c = 77
t.sub.b1 = 9
print(mem[9], list(mem[12:14]), mem[19], mem[3])
for bad in (lambda: t.arr[4], lambda: t.arr2[3], lambda: t.nope, lambda: uctypes.sizeof(5)):
    try:
        bad()
    except (IndexError, AttributeError, TypeError) as e:
        print(type(e).__name__)
try:
    t.sub = 5
except TypeError:
    print('TypeError')

print(uctypes.bytes_at(a + 4, 3))
v = uctypes.bytearray_at(a + 28, 4)
print(v)
v[0] = 0xff
print(mem[28], bytes(t.sub))
