# Changing a dict or set while iterating it: CPython's RuntimeErrors, and which entries an
# iteration still sees (holes stay until the table is rebuilt, as in CPython).
for n in (1, 3, 20):
    d = {i: i for i in range(n)}
    try:
        for k in d:
            del d[k]
            d[k + 100] = 1
        print("no error", d)
    except RuntimeError as e:
        print(e)
d = {1: 1, 2: 2}
try:
    for k in reversed(d):
        del d[k]
        d[k + 10] = 0
except RuntimeError as e:
    print(e)
d = {1: 1}
it = iter(d)
d[2] = 2
for i in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(e)
d = {1: 1, 2: 2}
for k in d:
    d[k] = 5
print(d)
d = {i: i for i in range(30)}
try:
    for k in d.items():
        d.pop(k[0])
        d[k[0] + 100] = 0
except RuntimeError as e:
    print(e)
for view in ("keys", "values", "items"):
    d = {1: 2}
    try:
        for x in getattr(d, view)():
            d[5] = 6
    except RuntimeError as e:
        print(view, e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(e)
l = [1, 2, 3, 4]
for x in l:
    if x == 2:
        l.remove(x)
print(l)
