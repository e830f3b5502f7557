# Assignment forms: tuple/list unpacking, starred targets, chained and nested assignment.
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, *rest = range(5)
print(h, rest)
*init, last = [1, 2, 3]
print(init, last)
first, *mid, end = "abcdef"
print(first, mid, end)
x = y = z = []
x.append(1)
print(y, z is x)
i, j = k, l = 7, 8
print(i, j, k, l)
lst = [0, 0, 0]
lst[0], lst[2] = "a", "c"
print(lst)
class O: pass
o = O()
o.p, o.q = 1, 2
print(o.p, o.q)
d = {}
d["k"], d["m"] = [10, 20]
print(d)
for n, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(n, p, q)
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = 1, 2
except ValueError as e:
    print("ValueError", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)
print([*range(3), *"ab"], (*[1, 2],), {*[1, 1, 2]}, {**{"a": 1}, "b": 2})
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*[1, 2], 3, *(4,), x=1, **{"y": 2}))
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 3; n %= 7; n <<= 2; n >>= 1; n |= 8; n &= 12; n ^= 5
print(n)
s = "a"; s += "b"; s *= 3
print(s)
l2 = [1]; l3 = l2; l2 += [2]
print(l3)
t = (1,); t2 = t; t += (2,)
print(t, t2)
