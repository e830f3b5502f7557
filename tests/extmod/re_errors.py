# re: bad patterns raise re.error with CPython's messages; pathological patterns are bounded.
try:
    import ure as re
except ImportError:
    import re

print(issubclass(re.error, Exception), re.error.__name__)
BAD = ["*a", "a**", "(?", "(abc", "abc)", "[abc", "a{3,2}", "x|*", "(*)", "\\",
       "[z-a]", "\\q", "a{1,2}{3}", "+", "??", "[\\d-z]", "\\x4",
       "a)("]
for pat in BAD:
    try:
        re.compile(pat)
        print(pat, "compiled")
    except re.error as e:
        print(pat, "error:", e)
    except Exception as e:
        print(pat, type(e).__name__)
# flags errors
for f in (lambda: re.compile("a", 4), lambda: re.compile(b"a", re.U)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
# a catastrophic pattern either finishes or raises (it must not hang or crash)
try:
    r = re.match("(a+)+b", "a" * 16 + "c")
except (RuntimeError, re.error) as e:
    r = None
print("result", r)
# deep nesting of repetition and long subjects are fine (no C recursion per char)
print(len(re.match("(?:ab)*", "ab" * 20000).group()), len(re.findall("a", "a" * 20000)), len(re.match(".*", "x" * 200000).group()))
print(re.match("(a|b)*c", "ab" * 5000 + "c").span(), re.search(r"\d+$", "x" * 50000 + "123").span())
