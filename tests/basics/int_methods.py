# int methods and attributes: bit_length, bit_count, to_bytes, from_bytes, real/imag, round.
for v in [0, 1, -1, 7, -8, 255, 256, 2 ** 62, 2 ** 64 - 1, -(2 ** 64), 10 ** 30]:
    print(v, v.bit_length(), v.bit_count(), v.real, v.imag, v.numerator, v.denominator, v.conjugate())
print((5).to_bytes(2, 'big'), (5).to_bytes(2, 'little'), (0).to_bytes(0, 'big'), (255).to_bytes(1, 'big'))
print((-1).to_bytes(2, 'big', signed=True), (-128).to_bytes(1, 'big', signed=True), (127).to_bytes(1, 'little', signed=True))
print((2 ** 64 - 1).to_bytes(8, 'big'), (2 ** 70).to_bytes(10, 'little'), (-(2 ** 70)).to_bytes(10, 'big', signed=True))
print((1).to_bytes(), (65).to_bytes(length=1, byteorder='little'), (1024).to_bytes(4, byteorder='big'))
for args in [(1, 0, 'big'), (256, 1, 'big'), (-1, 1, 'big'), (128, 1, 'big', True), (-129, 1, 'big', True)]:
    try:
        if len(args) == 4:
            print(args[0].to_bytes(args[1], args[2], signed=args[3]))
        else:
            print(args[0].to_bytes(args[1], args[2]))
    except OverflowError as e:
        print('OverflowError', e)
try:
    (1).to_bytes(1, 'middle')
except ValueError as e:
    print('ValueError', e)
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'', 'big'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff\xff', 'big'), int.from_bytes(b'\x80', 'big', signed=True))
print(int.from_bytes(bytes(range(20)), 'big'), int.from_bytes(bytes(range(20)), 'little', signed=True))
print(int.from_bytes(b'\x00\x80', 'little', signed=True), int.from_bytes([1, 2, 3], 'big'), int.from_bytes(b'\x05'))
for v in [0, 5, -5, 2 ** 70 + 12345, -(2 ** 70) - 1]:
    n = (v.bit_length() + 8) // 8
    print(v, int.from_bytes(v.to_bytes(n, 'little', signed=True), 'little', signed=True) == v)
print(round(7), round(15, -1), round(25, -1), round(35, -1), round(-25, -1), round(1234, -2), round(1250, -2),
      round(1350, -2), round(5, 2), round(2 ** 70 + 5, -1), round(-14, -1), round(14, -5), round(5, -1), round(15, None))
print(type(round(7, 2)), (10).__index__(), pow(3, 4, 5))
