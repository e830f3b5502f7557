# array's rarer methods and operators (FE_ARRAY_EXTRA: off on the micro:bit firmware)
from array import array
a=array('i',[1,2,3])
for f in [lambda: a.pop(7), lambda: array('i').pop(), lambda: a.remove(9), lambda: a.index(9), lambda: a.frombytes(b'123'), lambda: a * 'x']:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(array('i',[1]) < array('i',[2]), array('i',[1]) >= array('i',[1, 0]))
a = array('h', [2, 4]); print(a * 2, 2 * a, a * -1)
for tc in 'bBhHiIlLqQfd':
    a = array(tc, [1, 2, 3])
    a.append(4); a.extend([5, 6]); a.insert(0, 0); a.insert(-1, 9); a[1] = 7; a[-1] = 8
    print(tc, a, a.pop(), a.pop(0), a.index(3), a.count(9))
    b = array(tc); b.frombytes(a.tobytes()); print(b == a, b)
    a.reverse(); print(a); a.remove(9); print(a)
a = array('i', [1, 2]); a *= 3; print(a); print(array('i', [3, 1]) > array('i', [2, 5]))
a = array('h', [1, 256]); a.byteswap(); print(a, a.buffer_info()[1])
try: a.fromlist((1,))
except TypeError as e: print(e)
a.fromlist([3]); print(a)
