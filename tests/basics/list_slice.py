# list slicing: load, store (incl. extended), delete.
l = list(range(10))
print(l[2:5], l[:3], l[7:], l[:], l[::2], l[1::3], l[::-1], l[-3:], l[:-7], l[8:2:-2])
print(l[100:], l[-100:2], l[5:2], l[::-3], l[2:100:4])
m = l[:]
m[2:5] = ["a", "b"]
print(m)
m[0:0] = [9, 9]
print(m)
m[len(m):] = (1, 2)
print(m)
m[1:3] = []
print(m)
m[5:2] = "xy"
print(m)
n = list(range(8))
n[::2] = "abcd"
print(n)
n[::-3] = [0, 0, 0]
print(n)
try:
    n[::2] = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    n[0:2] = 5
except TypeError as e:
    print(e)
p = list(range(10))
del p[1]
print(p)
del p[-1]
print(p)
del p[2:4]
print(p)
del p[::2]
print(p)
q = list(range(10))
del q[::-3]
print(q)
del q[:]
print(q)
s = [1, 2, 3]
s[:] = s
print(s)
s[1:1] = s
print(s)
t = list(range(6))
t[1:5:2] = [10, 30]
print(t)
t[-1:-7:-2] = "abc"
print(t)
try:
    [1, 2][::0]
except ValueError as e:
    print(e)
try:
    del [1][5]
except IndexError as e:
    print(e)
u = [1, 2, 3]
u[1] = "x"
u[-1] = "y"
print(u)
