# collections beyond the board's set (FE_COLLECTIONS_EXTRA): defaultdict and deque's
# extendleft/rotate/count/index/remove/reverse/insert/copy.
from collections import deque, defaultdict
d = deque([-1, 1, 2, 3, 5, 6])
d.extendleft([-2]); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d); d.rotate(0); print(d); d.rotate(100); print(d)
d[1] = 'x'; print(d, d.count('x'), d.index('x'))
del d[1]; print(d); d.remove(5); print(d); d.reverse(); print(d); d.insert(1, 'y'); print(d)
d.clear()
for e in [lambda: d.remove(1), lambda: deque([1, 2]).index(3), lambda: deque([1, 2]).index(1, 1)]:
    try: e()
    except Exception as ex: print(type(ex).__name__, ex)
m = deque([2, 3, 4], maxlen=3)
m.extendleft([1, 2]); print(m)
q = deque([1, 2, 3]); print(q.copy(), q.copy() is q)
try: deque(maxlen=2).insert(0, 1); x = deque([1,2], maxlen=2); x.insert(0, 3)
except IndexError as e: print(e)
dd = defaultdict(list)
dd['a'].append(1); dd['a'].append(2); dd['b'].append(3)
print(dd, dd['a'], len(dd), dd.default_factory, 'c' in dd, dd.get('c'), sorted(dd))
ci = defaultdict(int)
for ch in 'hello world': ci[ch] += 1
print(ci['l'], ci['z'], sorted(ci.items()))
dn = defaultdict(); print(dn)
try: dn['x']
except KeyError as e: print('KeyError', e)
try: defaultdict(5)
except TypeError as e: print(e)
print(defaultdict(int, {'a': 1}, b=2), defaultdict(int, [('q', 1)]), isinstance(dd, dict), dd == {'a': [1, 2], 'b': [3]})
dc = dd.copy(); print(type(dc).__name__, dc, dc.default_factory)
dd.default_factory = set; print(dd['new'], dd)
print(dd.__missing__('m'), dd)
import json; print(json.dumps(ci, sort_keys=True))
