# printf-style formatting with %: conversions, flags, width/precision, errors
# ('*' and mapping keys: format_percent_extras.py).
print("%s %r %a" % ("é", "é", "é"), "%s" % 5, "%s" % (5,), "%s" % [1, 2], "%s" % ((1, 2),))
print("%d %i %u" % (42, -7, 3), "%d" % 3.99, "%d" % True, "%x %X %o" % (255, 255, 8), "%#x %#X %#o" % (255, 255, 8))
print("[%5d] [%-5d] [%05d] [%+d] [% d] [%+05d] [%-+5d] [%.3d] [%8.3d] [%-8.3x]" % (42, 42, 42, 42, 42, 42, 42, 7, -7, 10))
print("[%5s] [%-5s] [%.2s] [%5.1s] [%-6r]" % ("abc", "abc", "abc", "abc", "x"))
print("[%f] [%.2f] [%10.3f] [%-10.1f] [%010.2f] [%+.1f] [% .1f] [%e] [%.2E] [%g] [%G] [%g]" % (3.14159, 3.14159, 3.14159, 2.5, -2.5, 1.0, 1.0, 12345.678, 0.000123, 1e-5, 1e20, 100.0))
print("%c%c%c" % (72, "i", 0x2713), "%5c|%-3c|" % ("a", "b"), "%%", "100%%" % ())
print("%s" % {"k": 1}, "abc" % {}, "%ld %lx" % (5, 255))
print("%x" % -255, "%o" % -8, "%#o" % 0, "%d" % (2 ** 70), "%x" % (2 ** 70), "%.0f" % 2.5, "%.0f" % 3.5)
print("%s|%s" % (None, True), "%r" % b"x", "%a" % "\u2713", "%5.2s|" % "é✓x")
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("abc", 5), ("%", 1), ("%z", 1), 
                  ("%c", "ab"), ("%c", 1.5), ("%x", 1.5), ("%f", "x"), ("%s %s", "ab")]:
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__, e)
for f, a in [("%s", {"a": 1}), ("%s %s", ["a", "b"]),
             ("%s", ()), ("%s", ((),)), ("%d%%", 5), ("%.1f%%", 99.5), ("%r", {1}), ("%i", "1"), ("%s %", (1,))]:
    try:
        print(repr(f % a))
    except Exception as e:
        print(type(e).__name__, e)
