# runaway recursion raises RecursionError (a RuntimeError); the program continues
def down(n):
    return down(n + 1) + 1


try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
    print(str(e).startswith("maximum recursion depth exceeded"))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(400))
try:
    down(0)
except RuntimeError as e:
    print("again", type(e).__name__)
print(depth(300))
