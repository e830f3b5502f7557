# OrderedDict and defaultdict used where dicts are expected.
from collections import OrderedDict, defaultdict
od = OrderedDict(a=1, b=2)
dd = defaultdict(int, x=1)
d = {}
d.update(od)
print(dict(od), dict(dd), d)
print(OrderedDict.fromkeys('ab'), list(reversed(od)), od | {'c': 3}, len(od), od == od.copy())
print(sorted(dd.items()), dd.setdefault('y', 5), dd.pop('x'), dd, dd.get('q'), 'y' in dd)
print(isinstance(od, dict), isinstance(dd, dict), list(od.values()), list(od.keys()))
od.clear(); print(od, bool(od))
class MyOD(OrderedDict):
    pass
m = MyOD(a=1); m['b'] = 2
print(list(m.items()), isinstance(m, dict), m == {'b': 2, 'a': 1})
class MyDD(defaultdict):
    pass
n = MyDD(list); n['q'].append(1)
print(n['q'], n.default_factory)
