# native iterators have __next__/__iter__; dir() of instances; bytearray subclass repr;
# (type.__subclasses__() is left out: without weak references its registry would keep
# every class alive)
it = iter([1, 2])
print(it.__next__(), it.__iter__() is it, next(it))
try:
    it.__next__()
except StopIteration:
    print("StopIteration")
print(iter('ab').__next__(), iter({1: 2}).__next__(), iter(b'a').__next__(), iter(range(3)).__next__())
print(iter((5,)).__next__(), iter({7}).__next__(), enumerate('x').__next__(), zip('a', 'b').__next__())
print(map(abs, [-1]).__next__(), [3].__iter__().__next__(), hasattr(1, '__iter__'), hasattr([], '__next__'))
f = iter([4, 5]).__next__
print(f(), f())

class A:
    def meth(self):
        pass
a = A()
a.x = 1
d = dir(a)
print('__class__' in d, '__dict__' in d, 'x' in d, 'meth' in d, '__qualname__' in d, '__init__' in d)
print('__class__' in dir(1), '__class__' in dir([]), 'append' in dir([]))

class BA(bytearray):
    pass
print(BA(b'xy'), repr(BA()), [BA(b'a\n')])

class B(A):
    pass
class C(A, int):
    pass
class D(B):
    pass

# iterators whose type only has the "iter is self" flag; bytearray's iterator type
bi = iter(b'ab')
print(bi.__iter__() is bi, bi.__next__(), type(bi).__name__)  # (bytearray's: iter_type_names.py)
print(list(iter(BA(b'xy'))), iter(bytearray(b'z')).__next__())
