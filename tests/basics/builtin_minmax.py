# min() and max(): iterables, several arguments, key=, default=, ties, errors.
print(max(3, 1, 2), min(3, 1, 2))
print(max([4, 8, 2]), min([4, 8, 2]))
print(max("hello"), min("hello"))
print(max((1, 2), (1, 3)), min([[2], [1, 5]]))
print(max([1.5, 2, -3]), min([1.5, 2, -3]))
print(max(range(10)), min(range(3, 10)))
print(max([], default=None), min([], default="empty"))
print(max([5], default=0), min(iter([7, 3, 9])))
# key
words = ["pear", "fig", "banana", "kiwi"]
print(max(words, key=len), min(words, key=len))
print(max(3, -7, 5, key=abs), min(3, -7, 5, key=abs))
print(max(words, key=None), min(words, key=lambda w: w[-1]))
# ties keep the first one
print(max([(1, "a"), (1, "b")], key=lambda t: t[0]))
print(min([(1, "a"), (1, "b")], key=lambda t: t[0]))
print(max("ab", "ba", key=lambda s: 0), min("ab", "ba", key=lambda s: 0))
# generators and dict keys
print(max(x * x for x in range(-5, 3)))
print(min({"b": 1, "a": 2}))
print(max(True, 0), max(0, False))

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: max([]))
err(lambda: min(()))
err(lambda: max())
err(lambda: min())
err(lambda: max(1))
err(lambda: max(1, 2, default=0))
err(lambda: max([1], foo=2))
err(lambda: max(1, "a"))
err(lambda: min([1, None]))
