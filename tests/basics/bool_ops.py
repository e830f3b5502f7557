# bool: an int subclass with two instances; arithmetic gives ints, & | ^ between bools give bools.
print(True, False, repr(True), str(False), int(True), float(False), type(True), isinstance(True, int))
print(True + True, True - False, True * 5, True / 2, True // True, -True, +False, ~True, ~False, abs(True))
print(True & True, True & False, True | False, False | False, True ^ True, True ^ False, type(True & True))
print(True & 3, 2 | True, True ^ 7, type(True & 3), True << 3, True >> 1, 2 ** True, True ** 2)
print(True == 1, False == 0, True == 1.0, True is True, True < 2, False < True, hash(True), hash(False))
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(''), bool('a'), bool([]), bool(2 ** 100), bool(0j))
print(True.real, True.imag, True.bit_length(), False.bit_length(), (True).to_bytes(1, 'big'), True.numerator)
print(divmod(True, True), True % 2, max(True, 0), sum([True, True, False]), [10, 20][True])
print(format(True, 'd'), format(False, '>3'), str(True).upper(), True.__class__.__name__, bool.__name__)
x = True
x += 1
print(x, type(x))
try:
    True / False
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
