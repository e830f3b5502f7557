# dict views: repr, len, iteration, membership, set operations.
d = {1: "a", 2: "b", 3: "c"}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), 2 in k, 5 in k, "b" in v, (2, "b") in i, (2, "x") in i, 2 in i)
d[4] = "d"
print(k, list(v), list(i)[-1])
print(k & {1, 2, 9}, k | {7}, k - {1}, k ^ {1, 8})
print({1, 2, 9} & k, {7} | k, {1, 2, 3, 4, 5} - k, k ^ [3, 4, 5])
print(k == {1, 2, 3, 4}, k == {1, 2}, k < {1, 2, 3, 4, 5}, k <= {1, 2, 3, 4}, k > {1}, k >= {1, 2, 3, 4})
print(i & {(1, "a"), (2, "z")}, sorted(i - {(1, "a")}))
print(sorted(i ^ {1: "a", 9: "z"}.items()))
print(k.isdisjoint({5, 6}), k.isdisjoint([1]), d.keys() == d.keys(), d.values() == d.values())
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
e = {}
print(e.keys(), e.values(), e.items(), bool(e.keys()))
try:
    for x in k:
        d[10] = 1
except RuntimeError as ex:
    print(ex)
try:
    hash(k)
except TypeError as ex:
    print(ex)
s = {"x": 1}
print(list(s.keys() | {"x"}), s.keys() & {"x"} == {"x"})
print(sorted(d.keys() - [1, 2]))
