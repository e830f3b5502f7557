# abs, divmod, pow (2 and 3 arguments, negative exponents), round via __round__.
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-2**100), abs(True), abs(-0.0))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(0, 5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(2**100, 7), divmod(True, 2))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 3), pow(0, 0), pow(base=3, exp=4))
print(pow(2, 10, 1000), pow(3, 200, 7), pow(-3, 3, 5), pow(3, 3, -5), pow(0, 0, 1), pow(5, 0, 3))
print(pow(2, 10**6, 10**9 + 7), pow(123456789, 987654321, 2**61 - 1))
print(pow(2**100, 3, 10**20 + 39), pow(7, 2**80 + 1, 1000003))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11), pow(10, -1, -7), pow(-2, -1, 9))
print(pow(7, 1, 5), pow(7, 2, 1), pow(-7, 2, 5), pow(True, 5, 3))
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(0.125, 2), round(7))
print(round(1234, -2), round(1250, -2), round(-1.5), round(2.675, 2), round(5, None))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, 1)))

class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3), round(R(), None))

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: abs("x"))
err(lambda: divmod(1, 0))
err(lambda: divmod(1, "a"))
err(lambda: pow(2, 3, 0))
err(lambda: pow(2.0, 3, 5))
err(lambda: pow(2, -1, 4))
err(lambda: pow(2, 0.5, 5))
err(lambda: pow("a", 2))
err(lambda: pow(1))
err(lambda: pow(0, -1))
err(lambda: round("x"))
err(lambda: round(None, 2))
err(lambda: round())
err(lambda: round(1, 2, 3))
