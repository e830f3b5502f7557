# Order of the sets made by set operations on dict keys views must match CPython's
# (split from set_order.py: boards may leave view set operations out).
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
def rlist():
    return [rnd(140) - 20 for _ in range(rnd(26))]
for k in range(30):
    a, b = rlist(), rlist()
    d = dict.fromkeys(a)
    print(set(d), d.keys() | set(b), d.keys() & set(b), d.keys() - b, d.keys() ^ set(b))
