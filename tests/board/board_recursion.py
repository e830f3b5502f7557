# Small-heap smoke test (runs on the 16 KB micro:bit): Python recursion a few calls deep
# fits the 4 KB C stack, and going too deep is a RecursionError, not a crash.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


print(depth(6), fact(7))


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError:
    print("RecursionError")
print(depth(3))
