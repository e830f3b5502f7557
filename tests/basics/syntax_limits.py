# the parser's hard limits: nesting of brackets (200) and of indented blocks (99 below the
# top level), and deeply nested or long expressions


def try_compile(label, src, mode="exec"):
    try:
        compile(src, "<test>", mode)
        print(label, "ok")
    except SyntaxError as e:
        print(label, type(e).__name__, e.args[0])
    except RecursionError:
        print(label, "RecursionError")
    except MemoryError:
        print(label, "MemoryError")


def blocks(n):
    src = ""
    for i in range(n):
        src += " " * i + "if 1:\n"
    return src + " " * n + "x = 1\n"


try_compile("blocks 99", blocks(99))
try_compile("blocks 100", blocks(100))
for n in (199, 200, 201, 300):
    try_compile("parens %d" % n, "x = " + "(" * n + "1" + ")" * n)
try_compile("lists 200", "x = " + "[" * 200 + "]" * 200)
try_compile("lists 201", "x = " + "[" * 201 + "]" * 201)
try_compile("mixed 201", "x = " + "([{" * 67 + "}])" * 67)
print(eval("(" * 50 + "7" + ")" * 50), eval("-" * 51 + "1"), eval("not " * 11 + "0"))
print(eval("[" * 30 + "]" * 30))
# long flat expressions and statement lists are not limited by nesting
print(eval("+".join(["1"] * 500)))
print(len(eval("[" + "0," * 5000 + "]")))
g = {}
exec("x = 0\n" + "x += 1\n" * 2000, g)
print(g["x"])
print(eval("a" + ".real" * 500, {"a": 5}))
