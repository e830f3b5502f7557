# compile-time errors detected by the compiler's scope analysis and statement checks
srcs = [
    "return 1",
    "yield 1",
    "break",
    "continue",
    "nonlocal x",
    "def f():\n    nonlocal x\n",
    "def f(x):\n    global x\n",
    "def f(x):\n    nonlocal x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f(a, a):\n    pass\n",
    "class C:\n    return 1\n",
    "for i in range(3):\n    def f():\n        break\n",
    "while True:\n    class C:\n        continue\n",
    "def f():\n    from os import *\n",
    "a, *b, *c = range(5)",
    "[(yield x) for x in y]",
    "def f():\n    x = {(yield) for i in y}\n",
    "(x for x in y if (yield))",
    "def f():\n    await x\n",
    "await x",
    "class C:\n    nonlocal x\n",
]
for src in srcs:
    try:
        compile(src, "<test>", "exec")
        print("compiled?!", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# these are fine
ok = [
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n    return g\n",
    "for i in range(3):\n    try:\n        continue\n    finally:\n        pass\n",
    "def f():\n    global y\n    y = 1\n",
    "while 1:\n    try:\n        break\n    except:\n        pass\n",
]
for src in ok:
    compile(src, "<test>", "exec")
    print("ok")

ns = {}
exec("def f(n):\n    return n * 2\nres = f(21)\n", ns)
print(ns["res"])
print(eval("1 + 2 * 3"), eval("[x for x in 'ab']"))
g = {"v": 10}
print(eval("v + 1", g))
