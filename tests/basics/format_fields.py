# str.format field parsing corner cases: conversions, nested specs, braces and the errors
# (attribute and index lookups: format_fields_extra.py).
cases = ["{0!}", "{!r:}", "{0:{1}{2}}", "{:{}{}}", "{0!rr}", "{0!r:x}", "{:<{}}|", "{0]}",
         "{0:{{}}}", "{:%}", "}}}", "{{{}}}", "{0:{0}}", "{ 0 }", "{-1}", "{0x}", "{00}", "{01}", "{0:}", "{:", "{!", "{:{:{}}}", "{0!a}", "{0!s:>{1}}",
         "{0:\u2713^5}", "{0:^^5}", "{0:<<5}"]
for c in cases:
    try:
        print(repr(c), repr(c.format("xy", 5, "<", a=[1])))
    except Exception as e:
        print(repr(c), type(e).__name__, e)
