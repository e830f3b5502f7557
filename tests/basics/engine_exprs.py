# expressions and statements: unpacking, augmented assignment, chained comparisons,
# short-circuits, conditional expressions, f-strings, comprehensions, slices, del
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
x, *mid, y = range(6)
print(first, rest, init, last, x, mid, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, [t, u]] = [4, [5, 6]]
print(s, t, u)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)

n = 5
n += 3; n -= 1; n *= 2; n //= 3; n **= 2; n %= 7; n <<= 3; n >>= 1; n |= 1; n ^= 3; n &= 0xff
print(n)
lst = [1, 2, 3]
lst[1] += 10
lst[-1] *= 2
print(lst)
class O: pass
o = O()
o.v = 1
o.v += 5
print(o.v)
d = {"k": [1]}
d["k"] += [2]
print(d)
sl = list(range(10))
sl[2:4] = ["a"]
del sl[0]
del sl[-2:]
print(sl, sl[::2], sl[::-1][:3], sl[1:-1:3])

def side(v):
    print("eval", v)
    return v

print(1 < side(2) < 3)
print(1 < side(0) < side(3))
print(side(0) or side(""), side(1) and side(2))
print(side(0) and side(1), side(3) or side(4))
print("yes" if side(True) else "no", "yes" if [] else "no")
print(not 1, not 0, not [])
print(1 if 0 else 2 if 0 else 3)
print(0 < 1 == 1 > 0 != 5, 1 < 2 > 3)
print(3 in [1, 2, 3], 4 not in (1, 2), "a" in "abc", None is None, p is not None)

w = 42
name = "x"
print(f"{w}", f"{w:5d}|", f"{w!r:>6}", f"{name!r}", f"{w:{'>'}{8}}", f"{{lit}}", f"{w*2=}" if False else "")
print(f"{3.14159:.2f}", f"{'é'!a}", f"{name:>{w // 10}}", f"a{w}b{name}c")
print(f"{[1, 2]}", f"{ {'k': 1}['k'] }")

print([x * y for x in range(3) for y in range(3) if x != y])
print({x: x * x for x in range(4)})
print(sorted({x % 3 for x in range(10)}))
print([[c for c in range(r)] for r in range(4)])
print(list(map(lambda v: v + 1, [1, 2])))
print((lambda *a, **k: (a, k))(1, k=2))
print((lambda: 7)())

del a
try:
    a
except NameError:
    print("a gone")
v1 = v2 = [0]
print(v1 is v2)
print(-2 ** 2, (-2) ** 2, 2 ** -1, 7 // -2, -7 % 3, 10 / 4, 2 ** 100, 1 << 70)
print(~5, -(-5), +5, 0x10 + 0o10 + 0b10, 1_000 * 3)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 7 % 4 ** 2)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
big = 2 ** 64
print(big, big - 1, -big, big * big, big // 3, big % 1000)
print(type(2 ** 62), 2 ** 62 + 2 ** 62, -(2 ** 63) - 1, (2 ** 62) * 4)
t = ()
print(t, (1,), (1, 2) + (3,), [1] * 3, "ab" * 2)
print({}, {1: 2, **{3: 4}}, [*range(3), *"ab"], (*[1], 2), {*[1, 1], 2})
i = 0
while i < 3:
    i += 1
else:
    print("while else", i)
while True:
    i -= 1
    if i == 0:
        break
print("i", i)
if 0:
    pass
elif 1:
    print("elif")
else:
    pass
x = 1; y = 2; print(x + y)
print(__name__)
import sys as s2
from sys import argv as av
print(type(av).__name__)
