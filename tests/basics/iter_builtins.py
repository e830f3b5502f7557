# enumerate, zip, map, filter, reversed, iter(): behaviour and errors.
print(list(enumerate("abc")), list(enumerate("ab", 1)), list(enumerate([5], start=-3)))
e = enumerate([10, 20])
print(next(e), next(e), iter(e) is e)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(range(3), range(3), "xyz")))
print(list(zip([1, 2], [3, 4], strict=True)))
for args in (([1, 2], [3]), ([1], [3, 4]), ([1], [2], [3, 4]), ([1, 2], [1, 2], [1])):
    try:
        list(zip(*args, strict=True))
    except ValueError as ex:
        print(ex)
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(3))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Seq())), list(Seq()), 20 in Seq())
class Rev:
    def __reversed__(self):
        return iter([9, 8])
print(list(reversed(Rev())))
for bad in (lambda: reversed({1, 2}), lambda: reversed(5), lambda: map(abs), lambda: enumerate(5),
            lambda: zip(1), lambda: enumerate([], "x"), lambda: filter(None)):
    try:
        bad()
    except TypeError as ex:
        print("TypeError", ex)
l = [1, 2, 3]
r = reversed(l)
l.pop()
print(list(r))
it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
calls = [0]
def f():
    calls[0] += 1
    return calls[0]
print(list(iter(f, 4)))
m = map(lambda x: x + 1, [1, 2])
print(type(m).__name__, type(enumerate([])).__name__, type(zip()).__name__)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter(range(1))).__name__, type(iter(set())).__name__)
print(dict(enumerate("xy")), sum(map(len, ["ab", "c"])), sorted(zip([2, 1], "ba")))
