# ferrite-args: -X heapsize=8m
# timeout: 30
# deep and long structures: marking must not recurse on the C stack
import gc

# a linked list of 5000 nodes
head = None
for i in range(5000):
    head = (i, head)
gc.collect()
n = 0
s = 0
node = head
while node is not None:
    s += node[0]
    n += 1
    node = node[1]
print(n, s)

# a list nested 5000 deep
x = []
for i in range(5000):
    x = [x]
gc.collect()
depth = 0
while x:
    x = x[0]
    depth += 1
print(depth)

# a wide dict of lists (more entries than the mark stack holds)
d = {}
for i in range(5000):
    d[i] = [i]
gc.collect()
print(len(d), sum(v[0] for v in d.values()))
head = None
d = None
gc.collect()
print("done")
