# OrderedDict.move_to_end, namedtuple._make and _replace (FE_COLLECTIONS_RARE: off on the micro:bit firmware)
from collections import namedtuple, OrderedDict
Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p._replace(x=10), Point._make([7, 8]), p._replace(), Point._make(iter((3, 4))), type(p._replace(y=0)).__name__)
for e in [lambda: p._replace(z=1), lambda: Point._make([1]), lambda: p._replace(1)]:
    try: e()
    except Exception as ex: print(type(ex).__name__, ex)
od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
od.move_to_end('b'); print(od); od.move_to_end('b', last=False); print(od); od.move_to_end(key='c', last=True); print(od)
try: od.move_to_end('zz')
except KeyError as ex: print(type(ex).__name__, ex)
