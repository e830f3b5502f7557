# Small-heap smoke test (runs on the 16 KB micro:bit): str and bytes.
s = 'Hello, micro:bit'
print(s.upper(), s.lower(), s.split(','), s.find('micro'), s.replace('l', 'L'))
print('-'.join(['a', 'b', 'c']), s[::2], s.startswith('Hell'), len(s))
print('%d items at %s' % (3, 'x'), '{:>6}|{:<4}|'.format('ab', 7), f'{2 + 3}')
b = b'bytes\x00\xff'
print(b, len(b), b[5], b.hex(), bytes(3), bytearray(b'ab'))
print(repr('quote\'s'), str(12345), ord('A'), chr(66))
