# slice objects: construction, repr, attributes, indices(), comparison.
s = slice(1, 10, 2)
print(s, slice(5), slice(None, None, -1), slice(1, 2), s.start, s.stop, s.step, slice(3).start)
print(s.indices(5), slice(None, None, -1).indices(5), slice(-3, None).indices(10), slice(2, -1, 3).indices(4))
print(slice(-100, 100).indices(7), slice(100, -100, -1).indices(7), slice(None).indices(0))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print(e)
try:
    hash(slice(1))
except TypeError as e:
    print(e)
try:
    [1, 2, 3]["a":]
except TypeError as e:
    print(e)
l = list(range(10))
print(l[slice(2, 8, 2)], "abcdef"[slice(None, None, 2)], (1, 2, 3)[slice(1, None)])
print(l[2**70:], l[:-2**70], l[::2**70], l[-2**70::-1][:3])
class I:
    def __index__(self):
        return 3
print(l[I():], l[:I()], l[::I()])
class G:
    def __getitem__(self, k):
        return k
g = G()
print(g[1:2], g[::3], g[1:2, 3], g[...])
