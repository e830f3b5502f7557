# objmodel: descriptors 2 — inherited property setters, property subclasses, __set_name__ validators
class Base:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
class Sub(Base):
    @Base.v.setter
    def v(self, x): self._v = x * 10
s = Sub(); s.v = 2; print(s.v, Base.v.fset, Sub.v.fset.__name__)
try:
    b = Base(); b.v = 1
except AttributeError as e:
    print(e)
class Cached(property):
    def __get__(self, obj, typ=None):
        if obj is None: return self
        v = super().__get__(obj, typ)
        return ('cached', v)
class UsesC:
    @Cached
    def val(self): return 7
print(UsesC().val, type(UsesC.__dict__['val']).__name__, isinstance(UsesC.__dict__['val'], property))
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
