# ferrite-args: -X heapsize=32m
# skip-torture: a 32 MB heap swept before each of 200k allocations takes hours
# Very deeply nested containers: repr and == end in RecursionError instead of crashing.
l = []
m = []
for i in range(100000):
    l = [l]
    m = [m]
for what, f in (("repr", lambda: repr(l)), ("eq", lambda: l == m), ("str dict", lambda: str({1: l}))):
    try:
        f()
        print(what, "no error")
    except RecursionError:
        print(what, "RecursionError")
print([[[[1]]]] == [[[[1]]]], repr([[[[]]]]))
