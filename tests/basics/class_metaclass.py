# Metaclasses: classes deriving from type and the metaclass= keyword (split from the tests
# named below: boards without FE_TYPE_METACLASSES lack them).
# from builtin_isinstance.py
# metaclass hooks
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 42
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance(42, Magic), isinstance(1, Magic), issubclass(int, Magic), issubclass(str, Magic))
print(isinstance(42, (str, Magic)), isinstance(Magic, Meta), issubclass(Meta, type))

# from class_basic.py
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)

class E(metaclass=Meta):
    pass

class F(E):
    pass

print(E.made_by, F.made_by, type(F).__name__)

# from object_more.py
class CM(type):
    @property
    def desc(cls): return 'meta-prop ' + cls.__name__
class WithCM(metaclass=CM): pass
print(WithCM.desc, type(WithCM), WithCM)

# from object_meta.py
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
