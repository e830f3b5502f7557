# The format mini-language through f-strings and str.format: strings, fill/align/width/
# precision, numbers routed to int/float formatting, objects with and without __format__.
s = "abc"
print(f"[{s}] [{s:5}] [{s:>5}] [{s:^6}] [{s:*<6}] [{s:.2}] [{s:>6.1}] [{s:s}] [{s!r:>7}] [{'é✓':_^6}] [{s:0>5}] [{s:05}]")
print(f"[{5}] [{5:3}] [{-5:<4}] [{5:^5}] [{5:=+5}] [{5:05}] [{1234567:,}] [{255:#x}] [{255:08b}] [{True}] [{True:d}] [{True:>5}]")
print(f"[{1.5}] [{1.5:6}] [{1.5:<6}] [{2.0:.3f}] [{1e10:g}] [{0.5:%}] [{-1.25:+.1e}] [{3.0:=8.2f}]")
print(f"[{None}] [{[1, 2]}] [{(1,)!r}] [{ {'a': 1} }] [{None!s:>6}]")
class WithStr:
    def __str__(self):
        return "ws"
class WithFormat:
    def __format__(self, spec):
        return "<" + spec + ">"
class MyInt(int):
    pass
class MyStr(str):
    def __str__(self):
        return "overridden"
class MyFloat(float):
    pass
print(f"{WithStr()} {WithFormat()} {WithFormat():abc} {MyInt(42):05d} {MyInt(7)} {MyStr('q'):>3} {MyFloat(2.5):.2f}")
print("{} {:>4} {}".format(MyStr("x"), MyStr("y"), MyInt(3)))
for spec in ["5", ">5", "d", "s", "x"]:
    for v in [WithStr(), None, [1]]:
        try:
            print(repr(("{:" + spec + "}").format(v)))
        except Exception as e:
            print(type(e).__name__, e)
for v, spec in [("s", "d"), ("s", "+"), ("s", "#"), ("s", ","), ("s", "="), (1, "s"), (1, ".2"), (1.5, "d"), (1, "abc"), ("s", ".")]:
    try:
        print(repr(("{:" + spec + "}").format(v)))
    except Exception as e:
        print(type(e).__name__, e)
# zero flag with an explicit alignment, grouping checks, error messages naming bool/subclasses
print(f'{"é✓":<05.3s}|{"ab":^07}|{"x":*<05}|{7:<05}|{7:^05}|{-7:05}|{2.5:>07.2f}')
for v, spec in [("s", " "), ("s", ",s"), ("s", "_x"), (True, "s"), (MyInt(3), "s"), (MyFloat(1.0), "d"), (5, ",x"), (5, "_b"),
                (5, ",n"), (1.5, "_e"), (65, "c"), (2 ** 80, "c")]:
    try:
        print(repr(("{:" + spec + "}").format(v)))
    except Exception as e:
        print(type(e).__name__, e)
print("%c" % 65, end=" ")
try:
    print("%c" % 2 ** 80)
except OverflowError as e:
    print("OverflowError", e)
