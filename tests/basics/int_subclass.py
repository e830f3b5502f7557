# Subclasses of int/float: __new__ via int.__new__/float.__new__, repr overrides calling the
# base __repr__, hashing and equality with plain numbers, bool's own repr (bool's & | ^
# methods: bool_dunder.py).
class P(int):
    def __new__(cls, v):
        return int.__new__(cls, v * 2)
p = P(5)
print(p, type(p).__name__, p + 1)
class Q(float):
    def __new__(cls, v):
        return float.__new__(cls, v + 0.5)
print(Q(1), type(Q(1)).__name__)
class E(int):
    pass
print(E(7), E('12'), E('ff', 16), repr(E(3)), str(E(3)), E(3) == 3, {E(3): 1}[3])
class G(float):
    def __repr__(self):
        return 'G(%s)' % float.__repr__(self)
print(repr(G(2.5)), G(2.5) * 2, str(G(1.5)))
class R(int):
    def __repr__(self):
        return 'R(' + int.__repr__(self) + ')'


print(repr(R(5)), str(R(5)), [R(1)], f'{R(3)}', R(2) + R(3), type(R(2) + R(3)).__name__)
print((5).__repr__(), (2.5).__str__(), True.__repr__(), False.__str__())
