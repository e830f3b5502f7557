# objmodel: object meta
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns['added'] = name.lower() if False else name + '!'
        return super().__new__(mcs, name, bases, ns)
    def hello(cls): return 'hello ' + cls.__name__
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.added, WithMeta.hello(), type(WithMeta).__name__, isinstance(WithMeta, Meta))
class Sub(WithMeta): pass
print(Sub.added, type(Sub) is Meta)
class Meta2(type):
    def __call__(cls, *a):
        print('meta call', a)
        return super().__call__(*a)
class Q(metaclass=Meta2):
    def __init__(self, x): self.x = x
print(Q(5).x)
class Plugin:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Plugin.registry.append((cls.__name__, kw))
class P1(Plugin): pass
class P2(Plugin, tag='t'): pass
print(Plugin.registry)
class Named:
    def __set_name__(self, owner, name):
        self.name = owner.__name__ + '.' + name
class HasNamed:
    f = Named()
print(HasNamed.f.name)
class Gen:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(Gen[int])
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
