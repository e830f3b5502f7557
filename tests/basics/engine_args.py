# argument binding: defaults, keywords, *args, **kwargs, kw-only (positional-only:
# syntax_posonly.py)
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, f=7))
print(f(a=1, c=2, b=3))

def h(*, k):
    return k

print(h(k=9))

def cases():
    tests = [
        lambda: f(),
        lambda: f(1),
        lambda: f(1, a=2, c=3),
        lambda: h(1),
        lambda: h(),
        lambda: h(k=1, z=2),
        lambda: (lambda x, y: 0)(1, 2, 3),
        lambda: (lambda x, y=1: 0)(1, 2, 3),
        lambda: (lambda: 0)(1),
        lambda: (lambda a, b, c: 0)(),
        lambda: (lambda a, b: 0)(1),
    ]
    for t in tests:
        try:
            t()
        except TypeError as e:
            print("TypeError:", e)

cases()

def star_call(*a, **k):
    return a, sorted(k.items())

args = [1, 2]
kw = {'x': 1}
print(star_call(*args, 3, *args, **kw, y=2))
print(star_call(*(), **{}))
print(star_call(*range(3)))
try:
    star_call(**kw, x=2)
except TypeError as e:
    print("TypeError")

# defaults are evaluated once
def acc(v, lst=[]):
    lst.append(v)
    return lst

print(acc(1), acc(2))

# keyword-only defaults
def kwd(a, *, b=10, c):
    return a + b + c

print(kwd(1, c=2), kwd(1, b=0, c=2))
print(f.__name__, kwd.__defaults__, kwd.__kwdefaults__)

# errors in * and ** unpacking at call sites and in displays
class K:
    def m(self, **k):
        pass
for src in ["star_call(*5)", "[*5]", "(*5,)", "{*5}", "star_call(**5)", "{**5}", "print(*5)",
            "star_call(**{1: 2})", "star_call(**{'a': 1}, **{'a': 2})", "K().m(**{'a': 1}, a=3)"]:
    try:
        eval(src)
    except TypeError as e:
        print(src, "->", e)
