# re: sub/split/findall, templates, Match objects, bytes patterns (re_extra.py: the rest).
try:
    import ure as re
except ImportError:
    import re

print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home ann@work"))
print(re.sub(r"a", r"\n\t\\", "xax"), repr(re.sub("a", r"\.", "a")))
print(re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 22 333"))
print(re.sub("a", "b", "aaaa", count=2), re.sub("a", "b", "aaaa", 0), re.sub("a", "b", "aaaa", -1))
print(re.sub("x*", "-", "abxd"), re.sub("", "-", "abc"))
print(re.sub("a|", "-", "bab"), re.sub("^", ">", "l1\nl2", flags=re.M))
print(re.split(r"\s+", "a b  c"), re.split(r"(\s+)", "a b  c"), re.split(",", "a,b,c", maxsplit=1))
print(re.split("x*", "axbc"), re.split("(x)?y", "ayxyb"), re.split("\\b", "a bc"))
print(re.split(r"[,;]", ""), re.split("a", "a"), re.split("(a)(b)?", "xaybz"), re.split("z", "abc", 5))
print(re.findall(r"(\w)(\d)?", "a1b c2"), re.findall(r"\d*", "a12b"), re.findall(r"(a)|b", "ab"))
p = re.compile(r"(\w+)=(\w*)")
m = p.search("  a=1 b=2")
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2, 0), m[0], m[1], m[2])
print(m.groups(), m.span(), m.span(2), m.start(2), m.end(1))
m = re.match(r"(a)(x)?", "ab")
print(m.groups(), m.groups("-"), m.span(2), m.start(2), m.group(2))
print(re.compile("abc").match("xxabc", 2), re.compile("abc").search("abcabc", 1).span())
print(re.compile("^abc").search("xabc", 1), re.compile("abc$").search("abcd", 0, 3))
print(re.compile("c").search("abc", 0, 2))
print(re.match("ab", "ab"), repr(re.search("é", "aé")))
print(re.compile("ab", re.A), re.compile(r"\d", re.M | re.S), re.compile(b"x"))
# bytes
print(re.findall(rb"\d+", b"a12 b345"), re.sub(rb"(\w)", rb"<\1>", b"ab"), re.split(rb",", b"a,b"))
print(re.match(rb"(\w+) (\w+)", b"hello world").groups(), re.search(rb"\xff", b"a\xff").span())
print(re.match(b"[a-z]+", bytearray(b"abc1")).group(), re.findall(rb"\w", b"a\xe9b"))
print(re.match("(?:a|ab)$", "ab").group())
# types and errors
for f in (lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"), lambda: re.match("a", 5),
          lambda: re.compile(5), lambda: m.group(5), lambda: m.group("zz"), lambda: m[3],
          lambda: re.sub("a", 5, "a"), lambda: re.sub("a", lambda m: 5, "a"),
          lambda: re.sub("(a)", r"\2", "a"), lambda: re.sub("a", r"\q", "a"),
          lambda: re.compile(re.compile("a"), re.M), lambda: re.sub("a", "\\", "a")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e if not isinstance(e, TypeError) else "")
