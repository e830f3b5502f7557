# objmodel: special ops
class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return 'N(%d)' % self.v if False else 'N(' + str(self.v) + ')'
    def __add__(self, o): return N(self.v + (o.v if isinstance(o, N) else o))
    __radd__ = __add__
    def __sub__(self, o): return N(self.v - o)
    def __rsub__(self, o): return N(o - self.v)
    def __mul__(self, o): return N(self.v * o)
    def __iadd__(self, o):
        self.v += o
        return self
    def __neg__(self): return N(-self.v)
    def __pos__(self): return self
    def __abs__(self): return N(abs(self.v))
    def __invert__(self): return N(~self.v)
    def __eq__(self, o): return isinstance(o, N) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __index__(self): return self.v
    def __floordiv__(self, o): return N(self.v // o)
    def __truediv__(self, o): return 'truediv'
    def __mod__(self, o): return 'mod'
    def __pow__(self, o): return 'pow'
    def __rpow__(self, o): return 'rpow'
    def __matmul__(self, o): return 'matmul'
    def __and__(self, o): return 'and'
    def __or__(self, o): return 'or'
    def __xor__(self, o): return 'xor'
    def __lshift__(self, o): return 'lshift'
    def __rshift__(self, o): return 'rshift'
    def __divmod__(self, o): return 'divmod'
    def __rdivmod__(self, o): return 'rdivmod'
a = N(3)
print(a + 1, 1 + a, a - 1, 10 - a, a * 2, -a, +a, abs(N(-4)), ~a)
b = a
a += 2
print(a, b is a)
x = N(1); y = x; x -= 1; print(x, y, x is y)
print(N(1) == N(1), N(1) != N(1), N(1) != N(2), N(1) < N(2), N(2) > N(1), N(2) >= N(1), N(3) <= N(1))
print(len({N(1), N(1), N(2)}))
print([10, 20, 30, 40][N(2)], hex(N(255)), bin(N(5)), range(10)[N(3)])
print(a // 2, a / 2, a % 2, a ** 2, 2 ** a, a @ 1, a & 1, a | 1, a ^ 1, a << 1, a >> 1, divmod(a, 1), divmod(1, a))
class Cmp:
    def __eq__(self, o): return 'eq-result'
print(Cmp() == 1, 1 == Cmp(), Cmp() != 1)
try:
    N(1) < 3
except AttributeError as e:
    print('AE', e)
class Nope: pass
for op in ['<', '+', '-', '*', '/', '**', '%', '//', '@', '&', '|', '^', '<<', '>>']:
    try:
        eval('Nope() ' + op + ' 1')
    except TypeError as e:
        print(e)
try:
    -Nope()
except TypeError as e:
    print(e)
try:
    len(Nope())
except TypeError as e:
    print(e)
try:
    Nope()[1]
except TypeError as e:
    print(e)
try:
    Nope()()
except TypeError as e:
    print(e)
try:
    iter(Nope())
except TypeError as e:
    print(e)
try:
    1 in Nope()
except TypeError as e:
    print(e)
print(bool(Nope()), Nope() == Nope(), Nope() != Nope())
n = Nope()
print(n == n, n != n)
