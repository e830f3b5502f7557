# objmodel: many classes and instances — type() in a loop, 31-deep MRO, attribute churn, class attribute churn
class Base:
    def __init__(self, i): self.i = i
    def val(self): return self.i
classes = [Base]
for n in range(30):
    parent = classes[-1]
    cls = type('C%d' % n, (parent,), {'val': (lambda p: lambda self: p.val(self) + 1)(parent)})
    classes.append(cls)
objs = [classes[k % 31](k) for k in range(600)]
print(sum(o.val() for o in objs), classes[-1].__mro__[1].__name__, len(classes[-1].__mro__))
for o in objs:
    o.extra = o.i * 2
    o.__dict__['more'] = o.extra + 1
print(sum(o.more for o in objs), sum(len(vars(o)) for o in objs))
for o in objs[::2]:
    del o.extra
print(sum(1 for o in objs if hasattr(o, 'extra')))
class Dyn: pass
for i in range(200):
    setattr(Dyn, 'm%d' % i, (lambda i: lambda self: i)(i))
d = Dyn()
print(sum(getattr(d, 'm%d' % i)() for i in range(200)))
for i in range(0, 200, 2):
    delattr(Dyn, 'm%d' % i)
print(sum(1 for i in range(200) if hasattr(d, 'm%d' % i)))
