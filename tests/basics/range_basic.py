# range: len, indexing, slicing, membership, iteration, equality, attributes.
r = range(10)
print(r, range(2, 5), range(0, 10, 3), range(5, 0, -1), len(r), len(range(0, 10, 3)), len(range(5, 0, -2)))
print(list(r), list(range(3, -3, -2)), list(range(0)), list(range(5, 2)), list(range(-3)))
print(r[0], r[-1], r[3], range(0, 10, 3)[-1], range(10, 0, -3)[2])
print(r[2:5], r[::2], r[::-1], r[-3:], range(0, 20, 2)[1:7:2], range(5)[10:])
print(3 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in r, "a" in r, True in r)
print(r.index(4), range(0, 20, 5).index(15), r.count(3), r.count(11))
print(r.start, r.stop, r.step, range(1, 7, 2).step)
print(range(0) == range(5, 2), range(0, 5) == range(5), range(0, 3, 2) == range(0, 4, 2), range(1) == range(1, 2, 5), r == [0])
print(hash(range(0)) == hash(range(3, 1)), hash(range(1, 2, 5)) == hash(range(1, 2)))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))))
print(sum(range(101)), bool(range(0)), bool(range(1)), max(range(3, 9)))
for bad in (lambda: range(), lambda: range(1, 2, 0), lambda: range(1.5), lambda: r[10], lambda: r.index(99),
            lambda: r["a"], lambda: r.__setitem__(0, 1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
t = 0
for i in range(1000000, 1000010):
    t += i
print(t)
print(list(range(-5, 5, 3)), list(range(5, -5, -3)), range(-2, -8, -2)[1])
print(range(2**40, 2**40 + 3)[1], len(range(-2**40, 2**40, 2**38)))
