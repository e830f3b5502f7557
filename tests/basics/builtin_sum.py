# sum(): ints (small and big), floats, start values, other addable types, errors.
print(sum([]), sum([1, 2, 3]), sum(range(101)))
print(sum([1, 2], 10), sum([1, 2], start=10))
print(sum([0.1] * 10), sum([1, 0.5, 2]), sum([0.5, 1, 2]))
print(sum([2**62, 2**62, 2**62]), sum([-2**62] * 4))
print(sum([2**100, 1]), sum([1, 2**100, -2**100]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum((x for x in range(5)), 100))
print(sum([True, True, 3]), sum([1.5, True]))
print(sum([1e308, 1e308]), sum([1, 2.5, 3, 4.25]))
print(sum({1: 'a', 2: 'b'}), sum({5, 6}))
print(sum([], 7.5), sum(iter([])))

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: sum(["a", "b"], ""))
err(lambda: sum([b"a"], b""))
err(lambda: sum([], bytearray()))
err(lambda: sum(["a", "b"]))
err(lambda: sum(5))
err(lambda: sum())
err(lambda: sum([1], 2, 3))
err(lambda: sum([1, "x"]))
