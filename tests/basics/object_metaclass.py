# objmodel: metaclass special methods (__repr__, __iter__, __len__, __getitem__, __call__, __add__ on classes)
class M(type):
    def __repr__(cls): return 'M-class ' + cls.__name__
    def __iter__(cls): return iter(cls.items)
    def __len__(cls): return len(cls.items)
    def __getitem__(cls, i): return cls.items[i]
    def __call__(cls, *a):
        inst = super().__call__(*a)
        inst.made_by = 'M'
        return inst
    def __add__(cls, other): return cls.__name__ + '+' + other.__name__
class C(metaclass=M):
    items = [1, 2, 3]
    def __init__(self, v): self.v = v
class D(metaclass=M):
    items = []
print(C, repr(C), str(C), list(C), len(C), C[1], bool(D), C + D)
c = C(5); print(c.v, c.made_by, type(c).__name__)
class Plain: pass
print(Plain, [Plain][0] is Plain, {Plain: 1}[Plain], Plain == Plain, Plain != C, sorted([C, Plain], key=lambda k: k.__name__)[0] is C)
print(type(C) is M, isinstance(C, type), issubclass(M, type), M.__mro__ == (M, type, object))
