# printf-style formatting's '*' widths/precisions and mapping keys (FE_STR_PCT_EXTRAS).
print("%*d|%-*d|%.*f|%*.*f" % (5, 1, 4, 2, 2, 3.14159, 8, 3, 2.71828))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30}, "%(x)r %(x)s" % {"x": "q"}, "%(a)05.1f" % {"a": 2.25})
print("abc" % [], "%(a)s %(a)s" % {"a": 1})
for f, a in [("%(a)s", 1), ("%(a)s", {}), ("%*d", ("a", 1)), ("%(a)s %s", {"a": 1}), ("%s %(a)s", {"a": 1}),
             ("%(a)s", ("x",)), ("%(a)s", [1]), ("%-*s|", (4, "a")), ("%(x)*d", {"x": 1})]:
    try:
        print(repr(f % a))
    except Exception as e:
        print(type(e).__name__, e)
