# assignment forms: chained, tuple/list targets, star unpacking, augmented, annotated, walrus
a = b = c = 1
print(a, b, c)
x, y = 1, 2
print(x, y)
x, y = y, x
print(x, y)
(p, q), r = (3, 4), 5
print(p, q, r)
[s, t] = "st"
print(s, t)
[u, (v, w)] = [1, [2, 3]]
print(u, v, w)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, tl = "abcde"
print(h, mid, tl)
(*everything,) = 1, 2
print(everything)
[*lst] = (7, 8)
print(lst)
e, = [9]
print(e)
() = []
[] = ()
m = n, o = 10, 11
print(m, n, o)
d = {}
d["k"] = d["j"] = 0
print(d)
class O:
    pass
obj = O()
obj.attr, d["x"] = 1, 2
print(obj.attr, d["x"])
li = [0, 1, 2, 3, 4]
li[1:3] = ["a", "b", "c"]
print(li)
li[::2] = [9, 9, 9]
print(li)
# augmented assignment with every operator
z = 10
z += 5; print(z)
z -= 3; print(z)
z *= 2; print(z)
z //= 5; print(z)
z %= 3; print(z)
z **= 4; print(z)
z <<= 2; print(z)
z >>= 1; print(z)
z |= 5; print(z)
z &= 6; print(z)
z ^= 3; print(z)
z /= 2; print(z)
li = [1, 2]
li += [3]
li *= 2
print(li)
obj.attr += 10
d["x"] -= 1
print(obj.attr, d["x"])
tup = 1,
print(tup)
# annotated assignments
ann: int = 5
print(ann)
ann2: "str"
obj.field: int = 3
d["a"]: list = [1]
print(obj.field, d["a"])
def annotated_locals():
    loc: int = 1
    other: float
    return loc
print(annotated_locals())
# assignment expressions
if (n := 5) > 3:
    print("walrus", n)
data = [1, 2, 3, 4]
print([y2 for x2 in data if (y2 := x2 * 2) > 4])
print(y2)
while (chunk := data.pop()) > 2:
    print("chunk", chunk)
print((w1 := 1, w2 := 2), w1, w2)
print(f"{(w3 := 7)}", w3)
def f(v):
    return v
print(f(k := 42), k)
print([k2 := 1, k2 + 1])
x = yy = (zz := 3) + 1
print(x, yy, zz)
