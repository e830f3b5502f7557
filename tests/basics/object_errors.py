# objmodel: object errors
import math
try: math.foo
except AttributeError as e: print(e)
print(type(math).__name__)
try: len(1, 2)
except TypeError as e: print(e)
try: len()
except TypeError as e: print(e)
try: divmod(1)
except TypeError as e: print(e)
try: getattr(1)
except TypeError as e: print(e)
try: len(x=1)
except TypeError as e: print(e)
try: (1).real = 2
except AttributeError as e: print(type(e).__name__)
try: [].append = 2
except AttributeError as e: print(e)
try: int.x = 2
except TypeError as e: print(e)
def f(*a, **k): return a, sorted(k.items())
print(f(*[1, 2], **{'a': 3}), f(*(1,), *[2]), f(**{}), f(*range(3)))
class Mp:
    def keys(self): return ['x', 'y']
    def __getitem__(self, k): return k + k
print(f(**Mp()))
print(None.__class__, type(None)(), type(...), type(NotImplemented), repr(...), Ellipsis is ...)
print(bool(None), None == None, None is None, hash(None) == hash(None))
try: None.x
except AttributeError as e: print(e)
try: None()
except TypeError as e: print(e)
try: 1()
except TypeError as e: print(e)
try: hash([])
except TypeError as e: print(e)
try: hash({})
except TypeError as e: print(e)
print(hash(1), hash(-1), hash(True), hash((1, 2)) == hash((1, 2)))
try: [1][5]
except IndexError as e: print(e)
try: (1,)[5]
except IndexError as e: print(e)
try: [1]['a']
except TypeError as e: print(e)
try: abs('x')
except TypeError as e: print(e)
try: ~'x'
except TypeError as e: print(e)
try: -'x'
except TypeError as e: print(e)
try: 1 < 'a'
except TypeError as e: print(e)
try: 1 + 'a'
except TypeError as e: print(e)
try: 1 ** 'a'
except TypeError as e: print(e)
x = 1
try: x += 'a'
except TypeError as e: print(e)
try: range('a')
except TypeError as e: print(e)
try:
    try: raise ValueError
    except 1: pass
except TypeError as e: print(e)
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)), issubclass(bool, int), issubclass(int, object))
print(isinstance(int, type), isinstance(type, object), isinstance(object, type))
print(object.__name__, int.__name__, type.__name__, object.__bases__, int.__mro__, bool.__mro__)
print(type.mro(bool) if False else bool.mro())
