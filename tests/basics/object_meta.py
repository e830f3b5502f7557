# objmodel: object meta
print(type(type), type(object), type(int), type(1).__name__, type('A', (), {'z': 1})().z)
X = type('X', (object,), {'f': lambda self: 7})
print(X().f(), X.__name__, X.__mro__)
class R:
    def __init__(self): return 5
try: R()
except TypeError as e: print(e)
class NoArgs: pass
try: NoArgs(1)
except TypeError as e: print(e)
try: object.__init__(NoArgs(), 1)
except TypeError as e: print(e)
class WI:
    def __init__(self, a): super().__init__()
WI(1)
class WI2:
    def __init__(self, a): super().__init__(a)
try: WI2(1)
except TypeError as e: print(e)
