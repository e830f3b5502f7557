# ferrite-args: -X heapsize=32m
# skip-torture: compiling a 3000-line function with a collection before every allocation takes minutes
# compile() modes: 'exec', 'eval' (returns the value) and 'single' (REPL: prints reprs)
code = compile("1 + 2", "<s>", "eval")
print(eval(code))
exec(compile("40 + 2", "<s>", "single"))
exec(compile("'text'", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("for i in range(2): i\n", "<s>", "single"))
ns = {}
exec(compile("y = [1, 2]\n", "<s>", "exec"), ns)
print(ns["y"])
print(eval("y + [3]", ns))
print(eval("lambda q: q * 3", {})(4))
try:
    eval("1 +", {})
except SyntaxError as e:
    print("SyntaxError")
f_ns = {}
exec("def f(a):\n    return a + z\nz = 10\n", f_ns)
print(f_ns["f"](1))
loc = {}
exec("w = 7", {}, loc)
print(loc)
g = {"v": 1}
l = {"v": 2}
print(eval("v", g, l), eval("v", g))
exec("class K:\n    a = v\n", g, l)
print(l["K"].a)
def fn():
    a = 1
    b = 2
    return sorted(locals().items())
print(fn())

# a function whose body is far longer than 32 KB of bytecode (long jumps)
lines = ["def big(n):", "    t = 0", "    for i in range(n):"]
for k in range(3000):
    lines.append("        t += i * %d + len(str(%d))" % (k, k))
lines.append("    return t")
big_ns = {}
exec("\n".join(lines) + "\n", big_ns)
print(big_ns["big"](3))
