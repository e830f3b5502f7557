# complex() of objects with __complex__/__float__/__index__; pow(x, y, m) on a user class
class C:
    def __complex__(self):
        return 1 + 2j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
print(complex(C()), complex(F()), complex(I()), complex(I(), F()), complex(1, F()))
class Bad:
    def __complex__(self):
        return 1
try:
    complex(Bad())
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex(object())
except TypeError as e:
    print(type(e).__name__)

class P:
    def __pow__(self, exp, mod=None):
        return ("pow", exp, mod)
    def __rpow__(self, base):
        return ("rpow", base)
print(pow(P(), 2), pow(P(), 2, 5), P() ** 3, 2 ** P(), pow(2, 10, 1000))
class MyInt(int):
    pass
print(pow(MyInt(3), 4, 5), pow(MyInt(2), MyInt(5)))
try:
    pow(2.0, 2, 5)
except TypeError as e:
    print(type(e).__name__, e)
