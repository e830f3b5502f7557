# objmodel: __slots__ restricts instance attributes
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x = x; self.y = y
p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError', e)
class Q(P):
    __slots__ = 'z'
q = Q(1, 2); q.z = 3; print(q.x, q.z)
try:
    q.w = 1
except AttributeError as e:
    print('AttributeError', e)
class R(P): pass
r = R(1, 2); r.w = 5; print(r.w)
