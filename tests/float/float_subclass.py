# Subclasses of int, float and complex, and objects with __int__/__index__/__float__.
class I(int):
    pass


class Fl(float):
    pass


class C(complex):
    pass


x = I(5)
y = Fl(2.5)
z = C(1, 2)
print(x + 1, x * 2, 2 ** x, x.bit_length(), x.real, -x, x == 5, hash(x), type(x + 1).__name__, isinstance(x, int))
print(y + 1, y * 2, y.is_integer(), y.real, -y, y == 2.5, round(y), round(y, 1), hash(y) == hash(2.5), type(y * 2).__name__)
print(z + 1, z * z, z.real, z.imag, z.conjugate(), abs(C(3, 4)), z == 1 + 2j, type(z + 1).__name__)
print(int(y), float(x), complex(x, y), int(I(-7)), float(Fl(-0.0)), divmod(x, 2), divmod(y, 2), x / 2, y // 1)


class WithInt:
    def __int__(self):
        return 17


class WithIndex:
    def __index__(self):
        return 23


class WithFloat:
    def __float__(self):
        return 2.5


print(int(WithInt()), int(WithIndex()), float(WithFloat()), float(WithIndex()))
for f, arg in [(int, WithFloat()), (float, WithInt())]:
    try:
        f(arg)
    except TypeError as e:
        print('TypeError', e)


class N(int):
    def __add__(self, o):
        return 'add'


class R:
    def __radd__(self, o):
        return 'radd'

    def __rmul__(self, o):
        return 'rmul'


print(N(3) + 1, 1 + N(3), N(3) * 2, abs(N(-3)), type(abs(N(-3))).__name__)
print(1 + R(), 1.5 * R(), 2 ** 100 + R(), True + R(), 1j + R())
