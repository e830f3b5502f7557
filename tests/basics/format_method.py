# str.format: numbering, keywords, conversions, nested specs, escaped braces and CPython's
# errors (format_map: str_methods_extra.py; attributes and indexes: format_fields_extra.py).
class P:
    x = 3
    y = [10, 20]
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
print("{} {} {}".format(1, "a", None), "{0} {1} {0}".format("x", "y"), "{a}-{b}".format(a=1, b=2))
print("{!r} {!s} {!a} {!r:>8}".format("é", P(), "é", "x"), "{:>6}|{:<6}|{:^6}|{:*^7}".format("a", "b", "c", "d"))
print("{{}} {{{0}}} }}{{".format(7), "{:{w}.{p}f}".format(3.14159, w=8, p=2), "{:{}}|".format("x", 4), "{0:{1}}|".format(5, 3))
print("{:d} {:5d} {:<5d}| {:05d} {:+d} {:x} {:#X} {:b} {:o} {:,} {:_}".format(1, 2, 3, 4, 5, 255, 255, 5, 8, 1234567, 1234567))
print("{:.2f} {:10.3e} {:g} {:%} {:.1%}".format(3.14159, 12345.6789, 0.0001, 0.25, 0.123))
print("{:.3}|{:5.2}|{:>5.2s}|{:s}".format("abcdef", "xyz", "hello", "s"), "{:é^7}".format("✓"))
print("{0}{1}{0}".format("ab", "cd"), "{}".format(P()), "{:}".format(5), "{0!s:^9}".format(P()))
class F:
    def __format__(self, spec):
        return "F(" + spec + ")"
print("{:abc}".format(F()), f"{F():xyz}", "{0:q}".format(F()))
for fmt, args, kw in [("{", (), {}), ("}", (), {}), ("{0", (1,), {}), ("{} {1}", (1, 2), {}), ("{1} {}", (1, 2), {}),
                      ("{2}", (1,), {}), ("{}", (), {}), ("{x}", (), {}), ("{0!z}", (1,), {}), ("{:d}", ("s",), {}),
                      ("{:s}", (1,), {}), ("{:x}", (1.5,), {}),
                      ("{:=5}", ("s",), {}), ("{:+}", ("s",), {}), ("{:,s}", ("s",), {}), ("{:abc}", (1,), {}),
                      ("{:abc}", ([],), {}), ("a}b", (), {}), ("{:.}", (1.0,), {})]:
    try:
        print(repr(fmt.format(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)
