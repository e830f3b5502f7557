# Class-creation hooks: __init_subclass__, __set_name__, __class_getitem__ and a metaclass's
# __prepare__ (split from the tests named below: boards without FE_TYPE_CLASS_HOOKS lack them).
# from class_basic.py
class Init:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)

class Sub(Init, flag=1):
    pass

# from class_scope.py
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class UsesMeta(metaclass=Meta, option=True):
    y = injected + 1

print(UsesMeta.y, type(UsesMeta).__name__)

# from descriptor_more.py
class Validated:
    def __set_name__(self, owner, name): self.name = '_' + name
    def __get__(self, obj, typ=None):
        return self if obj is None else getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if value < 0: raise ValueError(self.name[1:] + ' must be >= 0')
        setattr(obj, self.name, value)
class Item:
    price = Validated()
    qty = Validated()
    def __init__(self, p, q): self.price, self.qty = p, q
it = Item(3, 4); print(it.price, it.qty, vars(it))
try: it.qty = -1
except ValueError as e: print(e)
print(type(Item.price).__name__)

# from engine_programs.py
class Shape:
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[cls.__name__] = cls
    def area(self):
        raise NotImplementedError
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

print(sorted(Shape.registry))
for shape in [Rect(2, 3), Square(4), Circle(1)]:
    print(shape.describe())
try:
    Shape().describe()
except NotImplementedError:
    print("abstract")

# from object_meta.py
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

# from super_coop.py
class Reg:
    subs = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Reg.subs.append(cls.__name__)
class R1(Reg): pass
class R2(R1): pass
print(Reg.subs)
