# Containers that contain themselves print as [...], {...}, (...); exceptions inside a repr
# leave no stale state behind.
a = [1]
a.append(a)
print(a, repr(a), str(a))
b = {"k": 1}
b["self"] = b
print(b)
c = [1, {"x": None}]
c[1]["x"] = c
print(c)
t = ([],)
t[0].append(t)
print(t)
v = {}
v[1] = v.values()
k = {}
k[2] = k.keys()
i = {}
i[3] = i.items()
print(v, k, i)
class Bad:
    def __repr__(self):
        raise ValueError("boom")
x = [1, Bad()]
try:
    r = repr(x)
except ValueError as e:
    print("ValueError", e)
x.pop()
print(repr(x), repr([x, x]))
print([[[[]]]], {1: {2: {3: {}}}}, ((((),),),))
