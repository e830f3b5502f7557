# Dict order under many generated insert/delete/update sequences (insertion order, deleted
# keys re-inserted at the end), with a small linear congruential generator.
seed = 987
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
for k in range(40):
    d = {}
    for j in range(rnd(90) + 5):
        c = rnd(20)
        kind = rnd(4)
        key = rnd(40) if kind == 0 else ("k" + str(rnd(30)) if kind == 1 else ((rnd(4), "t") if kind == 2 else rnd(6) + 0.5))
        if c < 10:
            d[key] = j
        elif c < 14:
            d.pop(key, None)
        elif c < 15:
            if d:
                d.popitem()
        elif c < 16:
            d.setdefault(key, j)
        elif c < 17:
            d.update({key: j})
        elif c < 18:
            if key in d:
                del d[key]
        else:
            d.get(key)
    print(d, len(d), list(reversed(d))[:3])
