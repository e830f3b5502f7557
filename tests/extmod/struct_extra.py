# struct's half float 'e' and Pascal string 'p' (FE_STRUCT_EXTRA: off on the micro:bit firmware)
import struct
for v in [1.5, -2.25, 0.0, -0.0, 0.125, 65504.0, float("inf"), float("-inf")]:
    b = struct.pack("<e", v)
    print(v, b, struct.unpack("<e", b)[0])
print(struct.unpack("<e", b"\x01\x00")[0] == 2.0 ** -24)
print(struct.pack("<e", 2.0 ** -25 * 3))  # subnormal half, rounded to even
print(struct.pack('>4s3p2x?c', b'ab', b'xyz', True, b'q'))
print(struct.unpack('>4s3p2x?c', struct.pack('>4s3p2x?c', b'ab', b'xyz', True, b'q')))
print(struct.pack('<efd', 1.5, 2.25, -3.125), struct.unpack('<efd', struct.pack('<efd', 1.5, 2.25, -3.125)))
print(struct.pack('e', 1e-8), struct.pack('e',65519), struct.pack('e', 1/3), struct.pack('<e', 6e-8), struct.pack('<e', 1e-5))
print(struct.unpack('<e', b'\x01\x00'), struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x00\xfc'))
print(struct.pack('0p', b'a'), struct.unpack('3p', b'\x05ab'), struct.calcsize('<3pe'))
for f,v in [('<e',1e10),('<e', 65520.0),('e','x'),('p',1)]:
  try: print(struct.pack(f,v))
  except Exception as e: print(f, type(e).__name__, e)
