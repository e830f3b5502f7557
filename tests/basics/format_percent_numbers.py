# printf-style formatting of numbers over many flags and values, __index__, '%' with flags.
vals = [0, 1, -1, 255, 3.5, -0.0, 1e300, float("inf"), float("nan"), True, 2**64]
fmts = ["%5.2f", "%-8.3e", "%+g", "%#g", "%#.0f", "%#x", "%08.3f", "%-08d", "% 05d", "%+.0e", "%.10g", "%G", "%#o", "%5x"]
for f in fmts:
    out = []
    for v in vals:
        try:
            out.append(f % v)
        except Exception as e:
            out.append(type(e).__name__)
    print(f, out)
class I:
    def __index__(self):
        return 7
class N:
    def __int__(self):
        return 3
print("%x %d" % (I(), I()), "%c" % 0x1F600)
try:
    print("%d" % N())
except TypeError as e:
    print("TypeError", e)
print("%s %s" % ("a", "b"), "%%%s%%" % "x")
for f in ["%-5%|", "%5%"]:
    for a in [(), (1,)]:
        try:
            print(f % a)
        except Exception as e:
            print(type(e).__name__, e)
