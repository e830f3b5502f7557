from array import array
for tc, v in [('b',200),('b',-200),('B',-1),('B',256),('h',40000),('H',-1),('H',70000),('i',2**31),('I',-1),('I',2**32),('l',2**63),('L',-1),('L',2**64),('q',2**63),('Q',-1),('Q',2**64),('i',1.5),('i','x'),('f','x'),('d',None), ('z', 1), (1, 1), ('ii', 1)]:
    try: array(tc,[v])
    except Exception as e: print(tc, v, type(e).__name__, e)
try: array('i','abc')
except Exception as e: print(type(e).__name__, e)
a=array('i',[1,2,3])
def setsl(): a[0:1] = [1]
def setx(): a[0] = 'x'
def setext(): a[0:3:2] = array('i', [1])
for f in [lambda: a[5], lambda: a.extend(array('b',[1])), lambda: a + array('b'), setsl, setx, lambda: a + [1], setext]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(array('f',[0.1]), array('d'), array('b',b'\x01\xff'), array('B', bytearray(b'ab')), array('i', range(3)) == array('b', [0,1,2]))
a = array('h', [1,2,3,4,5]); a[1:3] = array('h', [9]); print(a); del a[::2]; print(a, a[::-1], a.tobytes(), a.itemsize, a.typecode)
a += array('h',[7]); print(a, list(a), len(a), memoryview(a).tobytes(), bytes(a))
for tc in 'bBhHiIlLqQfd':
    a = array(tc, [1, 2, 3])
    a.append(4); a.extend([5, 6]); a[1] = 7; a[-1] = 8
    print(tc, a, a[2], a[-2], a[1:4], a.tolist(), 3 in a, 42 in a, len(a.tobytes()) == len(a) * a.itemsize)
    b = array(tc, a.tobytes()); print(b == a, b != a, b)
print(array('q', [-2**63, 2**63-1]), array('Q', [2**64-1]), array('B', [255, 0]), array('b', [-128, 127]))
print(array('L', [2**32-1]), array('l', [-2**31]), array('d', [1e300, -0.0, float('inf')]), array('f', [1.5, 2.5]))
a = array('i', range(10)); del a[1:8:3]; print(a); del a[::-2]; print(a); a[::2] = array('i', [0, 0]) if len(a[::2]) == 2 else a[::2]; print(a)
a = array('i', range(5)); a[1:3] = a; print(a); a[2:] = array('i'); print(a)
a = array('B', b'abc'); m = memoryview(a); print(m[0], bytes(m[1:]), len(m)); m[0] = 65; print(a)
print(array('d', [1.0]) == array('i', [1]), array('i', [1, 2]) != array('i', [1, 3]))
import struct; print(struct.unpack_from('<hh', array('h', [1, -2])))
print([x * 2 for x in array('H', [1, 2, 3])], bool(array('b')), bool(array('b', [0])))
