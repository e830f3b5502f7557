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
