# positional-only parameters (compiled out on the micro:bit): binding and errors
def g(x, y, /, z):
    return x, y, z
print(g(1, 2, 3), g(1, 2, z=3))
try:
    g(1, y=2, z=3)
except TypeError as e:
    print("TypeError:", e)

def posonly_defaults(a, b=2, /, c=3):
    return a, b, c
print(posonly_defaults(1), posonly_defaults(1, 5, c=6))

def varkw_collects_posonly_names(a, /, **kw):
    return a, kw
print(varkw_collects_posonly_names(1, a=2))

def pos_only(a, b, /, c, d=4, *, e, f=6):
    return a, b, c, d, e, f
print(pos_only(1, 2, 3, e=5), pos_only(1, 2, c=3, d=0, e=5, f=7))
try:
    pos_only(a=1, b=2, c=3, e=5)
except TypeError:
    print("TypeError pos-only")
def pos_defaults(a=1, /, b=2):
    return a, b
print(pos_defaults(), pos_defaults(5), pos_defaults(5, 6))
print((lambda a, /, b, *, c: (a, b, c))(1, 2, c=3))


def check(src):
    try:
        compile(src, "<test>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.args[0], "| line", e.args[1][1])


check("def f(a, /, /): pass")
check("def f(*a, /): pass")
check("def f(/, a): pass")
check("def f(a=1, /, b): pass")
