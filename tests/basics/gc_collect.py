# the gc module's CPython-compatible API; data survives collections
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

data = {"k%d" % i: [i, str(i), (i, i * 2)] for i in range(200)}
gc.collect()
gc.collect()
print(len(data), data["k7"], data["k199"])
print(sum(v[0] for v in data.values()))

# garbage made while collection is disabled is still collected later
gc.disable()
junk = [[j] * 10 for j in range(100)]
junk = None
gc.enable()
gc.collect()
print(data["k100"])

# MicroPython extensions, where present
if hasattr(gc, "mem_free"):
    ok = gc.mem_free() > 0 and gc.mem_alloc() > 0
else:
    ok = True
print(ok)
