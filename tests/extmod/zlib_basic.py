try:
    import uzlib as zlib
except ImportError:
    import zlib

# streams made by CPython's zlib (fixed and dynamic Huffman, stored)
Z_ABC = b"x\x9cKLJ\x06\x00\x02M\x01'"
RAW_ABC = b"KLJ\x06\x00"
GZ_ABC = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03KLJ\x06\x00\xc2A$5\x03\x00\x00\x00"
Z_LONG = (b'x\xda\x95\xd49\x0e\xc2@\x10D\xd1\x9cS\xcc\x11<\xbd\x80\xcdq@F\xac6\x9b\x05\xc7G\x88\xc4\x01\xaa\xae\x8e\xbb\x82/\xcd\xd3\x9c'
          b'\x0fC_\x9auy\xee\xfbr\x9b\x0e\xdbS\xd9\xdc\xc7\xd7Pv\xe3\xbb,\xce\xdfc\xfd\x7f<N\x97\xeb\xe3\xb7\x10\xb0\x98\xcd4\x9a\xcd'
          b'\xb6\x86\x8a<,ZrE\xabDQ\x8b\x8a\xba\xb0\xa86\\R\xad\x89\xa6*\xf0\xe14\xae2\xb2\xca3UKX\xb5\x8a\xabZ\xb2\xaa'
          b'KT\tD.\x84r\x92\xb9d\x9c\x0b\x84.\xb1t!\xa9K\xc6\xba@\xec\x12kWR\xbbf\xb4+\xd4\xae\xb1v%\xb5kF\xbb'
          b'B\xed\x1akWR\xbbf\xb4\x1b\xd4n\xb1v#\xb5[\xeaW\x87\xda-\xd6n\xa4v\xcbh7\xa8\xddb\xedNj\xf7\x8cv\x87\xda'
          b'=\xd6\xee\xa4v\xcfhw\xa8\xddc\xedNjwR\xfb\x07\x91\xbf\x14\xbc')
print(zlib.decompress(Z_ABC))
print(zlib.decompress(RAW_ABC, -15))
print(zlib.decompress(GZ_ABC, 31))
print(zlib.decompress(GZ_ABC, 47), zlib.decompress(Z_ABC, 47))
print(zlib.decompress(Z_ABC, 0), zlib.decompress(Z_ABC, 15))
d = zlib.decompress(Z_LONG)
print(len(d), d[:40], d[-20:])
print(zlib.decompress(Z_ABC + b"trailing"))
# round trips through our compress (any valid stream is fine)
for data in (b"", b"a", b"hello world" * 100, bytes(range(256)) * 300):
    for wb in (15, -15, 31, 9):
        c = zlib.compress(data, 6, wb)
        print(len(data), wb, zlib.decompress(c, wb) == data)
print(zlib.decompress(zlib.compress(b"xyz")) == b"xyz")
# streaming
d = zlib.decompressobj()
out = b""
for i in range(len(Z_LONG)):
    out += d.decompress(Z_LONG[i:i + 1])
print(out == zlib.decompress(Z_LONG), d.eof, d.unused_data)
d = zlib.decompressobj()
print(d.eof, d.unused_data, d.unconsumed_tail)
out = d.decompress(Z_ABC + b"extra")
print(out, d.eof, d.unused_data)
print(d.decompress(b"more"), d.unused_data)
d = zlib.decompressobj(-15)
print(d.decompress(RAW_ABC), d.flush(), d.eof)
d = zlib.decompressobj(zlib.MAX_WBITS | 16)
print(d.decompress(GZ_ABC[:10]) + d.decompress(GZ_ABC[10:]) + d.flush(), d.eof)
d = zlib.decompressobj()
parts = []
chunk = d.decompress(Z_LONG, 100)
while chunk:
    parts.append(len(chunk))
    chunk = d.decompress(d.unconsumed_tail, 100)
parts.append(len(d.flush()))
print(sum(parts), max(parts) <= 100, d.eof)
print(zlib.crc32(b"hello"), zlib.crc32(b"world", zlib.crc32(b"hello ")), zlib.crc32(b""))
print(zlib.adler32(b"hello"), zlib.adler32(b"world", zlib.adler32(b"hello ")), zlib.adler32(b"x" * 10000))
print(zlib.crc32(b"abc", -1), zlib.crc32(bytearray(b"abc")), zlib.crc32(memoryview(b"abcd")[1:]))
print(zlib.MAX_WBITS, zlib.DEFLATED)
# errors
bad = [
    lambda: zlib.decompress(b""),
    lambda: zlib.decompress(b"x"),
    lambda: zlib.decompress(Z_ABC[:-1]),
    lambda: zlib.decompress(Z_ABC[:5]),
    lambda: zlib.decompress(b"\x78\x9c\x07"),
    lambda: zlib.decompress(b"\x78\x9d\x07"),
    lambda: zlib.decompress(b"\x79\x9c\x07"),
    lambda: zlib.decompress(Z_ABC[:-1] + b"\x00"),
    lambda: zlib.decompress(Z_ABC, 8),
    lambda: zlib.decompress(b"\x00\x01\x00\x00\x00", -15),
    lambda: zlib.decompress(b"\x00\x01\x00\xfe\xff", -15),
    lambda: zlib.decompress(GZ_ABC[:-2], 31),
    lambda: zlib.decompress(b"\x1f\x8c" + GZ_ABC[2:], 31),
    lambda: zlib.decompress(GZ_ABC[:-8] + b"\x00\x00\x00\x00\x03\x00\x00\x00", 31),
    lambda: zlib.decompress(GZ_ABC[:-4] + b"\x04\x00\x00\x00", 31),
    lambda: zlib.decompress(b"abc", 99),
    lambda: zlib.decompress("abc"),
    lambda: zlib.decompressobj(99),
    lambda: zlib.compress(b"abc", 12),
    lambda: zlib.crc32("abc"),
    lambda: zlib.decompressobj().decompress(b"\x78\x9c\x07"),
]
for f in bad:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(zlib.error, Exception), zlib.error.__name__)
