# Dicts and lists: counting, grouping, sorting and comprehensions.
def work(n):
    counts = {}
    for i in range(n):
        key = (i * 7919) % 1013
        counts[key] = counts.get(key, 0) + 1
    groups = {}
    for k, v in counts.items():
        groups.setdefault(v, []).append(k)
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    squares = [x * x for x in range(n // 10) if x % 3]
    lookup = {x: str(x) for x in range(2000)}
    total = sum(len(lookup[x % 2000]) for x in range(n // 5))
    return len(groups), ordered[:3], len(squares), total

for _ in range(8):
    r = work(200000)
print(r)
