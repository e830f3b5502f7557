# list: construction, indexing, methods, errors.
l = [1, 2, 3]
print(l, len(l), l[0], l[-1], l[-3])
print(list(), list(range(4)), list("abc"), list((1, 2)), list({1: 2, 3: 4}))
l.append(4)
l.extend([5, 6])
l.extend(range(7, 9))
l.extend((9,))
print(l)
l.insert(0, 0)
l.insert(-1, 8.5)
l.insert(100, 10)
l.insert(-100, -1)
print(l)
print(l.pop(), l.pop(0), l.pop(-3), l)
print(l.index(5), l.index(5, 2), l.index(5, -6), l.count(5), l.count(99))
l.remove(8.5)
print(l)
l.reverse()
print(l)
c = l.copy()
c.clear()
print(c, l)
for bad in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1][3], lambda: [1, 2].remove(7),
            lambda: [1].index(2), lambda: [1, 2][l[0:0] or "x"]):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
a = [3, 1]
a += (4, 1)
print(a)
a *= 2
print(a)
print([1, 2] * 3, 2 * [0], [1] * -1, [] * 5)
b = [7]
b *= 0
print(b)
print([1, 2] + [3], [] + [])
try:
    [1] + (2,)
except TypeError as e:
    print(e)
print(3 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2])
print([1, 2] == [1, 2], [1, 2] != [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0])
print([1, 2] <= [1, 2], [1, 2] >= [1, 3], [1, 2] == (1, 2))
try:
    [1] < (1,)
except TypeError as e:
    print(e)
try:
    hash([])
except TypeError as e:
    print(e)
print(bool([]), bool([0]))
r = [1]
r.append(r)
print(r)
d = [[1, 2], [3]]
print(d, repr(d), str(d))
print([None, True, 1.5, "s", (1,)])
x = [1, 2, 3]
for i in x:
    if i == 1:
        x.append(4)
print(x)
