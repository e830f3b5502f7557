# objmodel: error messages of the object model (attribute errors, type(), bases, super, recursion)
class A:
    def __repr__(self): return repr(self)
try:
    repr(A())
except RecursionError as e:
    print('RecursionError')
class G:
    def __getattr__(self, n): return self.missing
try:
    G().x
except RecursionError:
    print('RecursionError2')
class B: pass
try: del B.x
except AttributeError as e: print(e)
try: del B().x
except AttributeError as e: print(e)
try: super(B, 1)
except TypeError as e: print(e)
try: super(1, B())
except TypeError as e: print(e)
try: object.__setattr__(1, 'x', 2)
except AttributeError as e: print(e)
try: type('X', 1, {})
except TypeError as e: print(e)
try: type('X', (), 1)
except TypeError as e: print(e)
try: type(1, 2)
except TypeError as e: print(e)
try:
    class Y(bool): pass
except TypeError as e: print(e)
try:
    class Z(B, B): pass
except TypeError as e: print(e)
class Q:
    def __init__(self, a): self.a = a
try: Q()
except TypeError as e: print(e)
try: Q(1, 2)
except TypeError as e: print(e)
try: Q(1).nope()
except AttributeError as e: print(e)
try: Q.nope
except AttributeError as e: print(e)
try: (1).nope
except AttributeError as e: print(e)
try: [].nope
except AttributeError as e: print(e)
try: None.nope
except AttributeError as e: print(e)
try: int.nope
except AttributeError as e: print(e)
print(B.__name__, B.__qualname__, B.__module__, B.__bases__, B.__base__, int.__base__, object.__base__)
B.__name__ = 'Renamed'
print(B.__name__, B)
class WithCall:
    __call__ = 5
try: WithCall()()
except TypeError as e: print(e)
print(type(None).__name__, type(print).__name__, type(len).__name__, type([].append).__name__, type(A().__repr__).__name__)
print(type(property()).__name__, type(staticmethod(len)).__name__, type(classmethod(len)).__name__, type(super(A, A())).__name__)
import sys
print(type(sys).__name__)
