# global name lookups stay correct when globals change between calls (cached lookups)
def use_len():
    return len("abc")

print(use_len())
len = lambda s: "shadowed"
print(use_len())
del len
print(use_len())

def use_g():
    return g

g = 1
print(use_g())
g = 2
print(use_g())
del g
try:
    use_g()
except NameError as e:
    print("NameError", e)
g = 3
print(use_g())

# many globals added after caching (the dict grows and moves)
def read_x():
    return x_global

x_global = "first"
print(read_x())
for i in range(100):
    globals()[f"filler{i}"] = i
print(read_x())
x_global = "second"
print(read_x())
for i in range(100):
    del globals()[f"filler{i}"]
print(read_x())

# the same code run with different globals
src = "def f():\n    return who\n"
ns1 = {"who": "ns1"}
ns2 = {"who": "ns2"}
exec(src, ns1)
exec(src, ns2)
print(ns1["f"](), ns2["f"](), ns1["f"]())

def shadow_later():
    return abs(-5)

print(shadow_later())
abs = lambda v: "my abs"
print(shadow_later())
del abs
print(shadow_later())


# module-level code (names live in the globals dict) with a builtin shadowed mid-loop
r = []
for i in range(4):
    r.append(len("ab"))
    if i == 0:
        len = lambda s: 99
    if i == 1:
        del len
    if i == 2:
        globals()["len"] = lambda s: -1
print(r)
del len
for i in range(2):
    try:
        print(maybe_defined)
    except NameError:
        maybe_defined = "now defined"
