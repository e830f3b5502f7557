# objmodel: builtin methods and operators on instances of builtin subclasses (dict, int, str, list, tuple, float, bytes, set)
class MD(dict): pass
d = MD.fromkeys([1, 2], 0)
print(type(d).__name__, d)
print(dict.fromkeys('ab'), {}.fromkeys([3]))
class MI(int): pass
print(type(MI.from_bytes(b'\x01\x00', 'big')).__name__, MI.from_bytes(b'\x01\x00', 'big'))
print(str.maketrans('ab', 'cd') == {97: 99, 98: 100})
class MS(str): pass
print(MS('abc').upper(), type(MS('abc').upper()).__name__, MS('a,b').split(','), MS('x') + 'y', 'y' + MS('x'), MS('ab') * 2)
class ML(list): pass
m = ML([3, 1, 2]); m.sort(); print(m, m + [4], [0] + m, m * 2, m[1:], type(m[1:]).__name__, len(m), sorted(m), m == [1, 2, 3], m.index(2))
class MT(tuple): pass
t = MT((1, 2)); print(t + (3,), t[0], t.count(1), hash(t) == hash((1, 2)), t == (1, 2), t < (1, 3))
class MF(float): pass
f = MF(1.5); print(f + 1, f * 2, f > 1, int(f), round(f), str(f), repr(f), -f)
class MB(bytes): pass
b = MB(b'hi'); print(b, len(b), b + b'!', b.upper())
class MSet(set): pass
s = MSet([1, 2]); s.add(3); print(sorted(s), 2 in s, len(s), s | {9} == {1, 2, 3, 9}, s & {1})
print(isinstance(m, list), isinstance(d, dict), isinstance(f, float), issubclass(MSet, set))
