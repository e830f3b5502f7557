# eval/exec/compile: namespaces, modes, code objects, return values, errors.
print(eval("1 + 2"), eval("  3 * 4"), eval("[x * x for x in range(4)]"))
x = 10
print(eval("x + 1"), eval("x", {"x": 5}), eval("x + y", {"x": 1}, {"y": 2}))
g = {"a": 1}
exec("b = a + 1\ndef f(n):\n    return n * b\nc = f(5)", g)
print(g["b"], g["c"], sorted(k for k in g if not k.startswith("__")))
print("__builtins__" in g)
loc = {}
exec("z = 7", {}, loc)
print(loc)
exec("x = 99")
print(x)
print(exec("1 + 1"))

def scope():
    v = 3
    return eval("v * 2")
print(scope())

code = compile("40 + 2", "<calc>", "eval")
print(eval(code), eval(code, {}))
code = compile("total = 0\nfor i in range(5):\n    total += i\n", "<loop>", "exec")
ns = {}
exec(code, ns)
print(ns["total"])
print(type(code).__name__)
exec(compile("print('single', 1 + 1)", "<s>", "single"))
print(eval(b"2 ** 8"), eval("'str' + 'ing'"))
ns = {}
exec("import math as m\nr = m.floor(2.5)", ns)
print(ns["r"])

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def err_type(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)

err_type(lambda: eval("1 +"))
err_type(lambda: eval("x = 1"))
err(lambda: eval(1))
err(lambda: exec(None))
err(lambda: eval("1", 1))
err(lambda: eval("1", {}, 1))
err(lambda: exec("1", []))
err(lambda: compile("1", "f", "bad"))
err(lambda: compile(1, "f", "exec"))
err(lambda: eval("undefined_name"))
err(lambda: exec("raise KeyError('k')"))
err(lambda: eval("1/0"))
try:
    exec("def f(:\n  pass")
except SyntaxError as e:
    print("SyntaxError", e.filename, e.lineno)
