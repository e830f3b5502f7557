# uctypes pointers (to scalars and to structures) and bitfields, in all layouts.
import uctypes

data = bytearray(b'\x10\x20\x30\x40\x50\x60\x70\x80')
target = uctypes.addressof(data)
psize = uctypes.sizeof({'p': (uctypes.PTR | 0, uctypes.UINT8)})
print(psize in (4, 8))
holder = bytearray(2 * psize)
for i in range(psize):   # the two pointers, little-endian as the layout below
    holder[i] = (target >> (8 * i)) & 0xff
    holder[psize + i] = ((target + 4) >> (8 * i)) & 0xff
hdesc = {
    'p8': (uctypes.PTR | 0, uctypes.UINT8),
    'p16': (uctypes.PTR | 0, uctypes.UINT16),
    'ps': (uctypes.PTR | psize, {'a': uctypes.UINT8 | 0, 'b': uctypes.UINT16 | 1}),
}
h = uctypes.struct(uctypes.addressof(holder), hdesc, uctypes.LITTLE_ENDIAN)
print(hex(h.p8[0]), hex(h.p8[3]), hex(h.p16[1]))
print(hex(h.ps[0].a), hex(h.ps[0].b))
h.p8[1] = 0x99
print(hex(data[1]))
h.ps[0].a = 1
print(hex(data[4]), uctypes.sizeof(hdesc, uctypes.LITTLE_ENDIAN) == 2 * psize)

bits = bytearray(b'\x34\x12\xf0\xff')
bdesc = {
    'lo': uctypes.BFUINT16 | 0 | 0 << uctypes.BF_POS | 8 << uctypes.BF_LEN,
    'mid': uctypes.BFUINT16 | 0 | 4 << uctypes.BF_POS | 8 << uctypes.BF_LEN,
    'top': uctypes.BFUINT16 | 0 | 12 << uctypes.BF_POS | 4 << uctypes.BF_LEN,
    'one': uctypes.BFUINT8 | 2 | 7 << uctypes.BF_POS | 1 << uctypes.BF_LEN,
    'snib': uctypes.BFINT8 | 2 | 4 << uctypes.BF_POS | 4 << uctypes.BF_LEN,
    'w32': uctypes.BFUINT32 | 0 | 16 << uctypes.BF_POS | 16 << uctypes.BF_LEN,
    's32': uctypes.BFINT32 | 0 | 20 << uctypes.BF_POS | 12 << uctypes.BF_LEN,
}
ba = uctypes.addressof(bits)
for layout in (uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN):
    b = uctypes.struct(ba, bdesc, layout)
    print([hex(getattr(b, n)) for n in ('lo', 'mid', 'top', 'one', 'snib', 'w32', 's32')])
b = uctypes.struct(ba, bdesc, uctypes.LITTLE_ENDIAN)
b.lo = 0xab
print(bits)
b.top = 0x5
print(bits)
b.one = 0
b.snib = -1
print(bits, b.snib)
b.mid = 0x1ff      # only the field's 8 bits are written
print(bits, hex(b.mid))
bb = uctypes.struct(ba, bdesc, uctypes.BIG_ENDIAN)
bb.lo = 0x11
print(bits, hex(bb.lo), uctypes.sizeof(bdesc), uctypes.sizeof(bdesc, uctypes.BIG_ENDIAN))
