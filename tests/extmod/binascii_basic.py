import binascii as b
print(b.hexlify(b'\x01\x02\x03', '-', 2), b.hexlify(b'\x01\x02\x03', b':', -2), b.hexlify(b'\x01\x02\x03\x04\x05', ' ', 2), b.hexlify(b'\xff\x00', ':'), b.hexlify(bytearray(b'ab')))
for a in [(b'',),(b'a','--'), ('abc',':'), (b'ab', 1)]:
  try: print(b.hexlify(*a))
  except Exception as e: print(type(e).__name__, e)
for a in ['abc', 'zz', 'é', 1, b'AbCd', '', bytearray(b'0aff')]:
  try: print(b.unhexlify(a))
  except Exception as e: print(type(e).__name__, e)
for a in ['YWJj', 'YWI=', 'YQ==', 'YQ', 'YWJjZ', 'Y', 'YQ=', 'Y W J j', 'YQ===xx', 'é', b'YWJj\n', '', '====', 'YWJjZA==YQ']:
  try: print(b.a2b_base64(a))
  except Exception as e: print(type(e).__name__, e)
for d in [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256))]:
  print(b.b2a_base64(d), b.b2a_base64(d, newline=False), b.a2b_base64(b.b2a_base64(d)) == d)
print(issubclass(b.Error, ValueError), b.crc32(b'hello'), b.crc32(b'world', b.crc32(b'hello')), b.crc32(b'', 5), b.crc32(b'a', -1), b.crc32(b'a', 2**40+3), b.crc32(bytes(range(256))))
try: b.unhexlify('0g')
except b.Error as e: print('Error', e)
try: b.crc32('abc')
except TypeError as e: print(e)
try: b.b2a_base64('abc')
except TypeError as e: print(e)
