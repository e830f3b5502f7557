# __getattribute__ defined by a class, object.__getattribute__ and its use through super()
# (split from object_attrs.py and super_coop.py: boards without FE_TYPE_GETATTRIBUTE lack it).
class GA:
    def __init__(self): self.y = 2
    def __getattribute__(self, name):
        if name == 'magic': return 42
        return object.__getattribute__(self, name)
ga = GA()
print(ga.magic, ga.y)
try:
    ga.nope
except AttributeError as e:
    print(e)
class Plain:
    def __getattribute__(self, k):
        return super().__getattribute__(k)
p = Plain()
p.x = 5
print(p.x)
class Both:
    def __getattribute__(self, k):
        if k == 'boom': raise AttributeError(k)
        return object.__getattribute__(self, k)
    def __getattr__(self, k): return 'fallback ' + k
b = Both(); b.v = 1
print(b.v, b.boom, b.other)
