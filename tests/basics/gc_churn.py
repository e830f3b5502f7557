# lots of short-lived objects of every size while long-lived ones must stay intact
import gc

keep = []
total = 0
for round in range(10):
    tmp = []
    for i in range(200):
        tmp.append([i] * (i % 17))
        tmp.append("s%d-%d" % (round, i))
        tmp.append({"a": i, "b": (i, round)})
    total += len(tmp)
    keep.append(tmp[round % len(tmp)])
    keep.append(("round", round, [round] * 3))
    if round % 3 == 0:
        gc.collect()

print(total, len(keep))
print(keep[:4])
print(keep[-2:])
s = 0
for k in keep:
    if isinstance(k, tuple):
        s += k[1] + sum(k[2])
print(s)

# big strings and bytes that grow, shrink and are dropped
parts = []
for i in range(100):
    parts.append("x" * (i * 37 % 1000))
joined = "".join(parts)
print(len(joined))
b = bytearray()
for i in range(300):
    b += bytes([i % 256]) * (i % 7)
print(len(b), sum(b) % 1000)
