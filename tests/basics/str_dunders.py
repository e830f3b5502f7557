# Explicit dunder calls on str/bytes and overrides in subclasses calling super().
for expr in ['"a".__eq__("a")', '"a".__add__("b")', '"a".__hash__() == hash("a")', '"a".__lt__("b")', '"ab".__mul__(2)', '"a".__ne__(1)', '"x".__str__()', '"x".__repr__()', '"x".__format__(">3")', 'str.__len__("abc")', 'b"a".__add__(b"b")', '"ab".__rmul__(2)', 'str.__new__(str, 5)', 'b"x".__hash__() == hash(b"x")', '"ab".__sizeof__() > 0']:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
class L(str):
    def __repr__(self):
        return "L" + super().__repr__()
    def __add__(self, o):
        return L(str.__add__(self, o))
    def __lt__(self, o):
        return super().__lt__(o)
x = L("ab")
print(repr(x), repr(x + "c"), x < "b", [x], str.__repr__(x), x.__str__(), "%r" % x)
class BL(bytes):
    def __repr__(self):
        return "BL" + super().__repr__()
print(repr(BL(b"z")), BL(b"z") + b"q", b"a".__eq__("a"), "a".__eq__(b"a"))
print("abc".__contains__("b"), "abc".__getitem__(1), "%s" .__mod__(5))
