# re: IGNORECASE, backreferences and 3-digit octal escapes in patterns
# (FE_RE_ICASE_BACKREF: off on the micro:bit firmware)
import re
for pat in ["(a)\\2", "(a\\1)", "\\8"]:
    try:
        re.compile(pat)
        print(pat, "compiled")
    except re.error as e:
        print(pat, "error:", e)
for p in [r'\1', r'(a)\1', r'\777', r'\141']:
    try:
        print(p, re.compile(p).findall('foo a\n1 _ aa a'))
    except re.error as e:
        print(p, 'error', e)
for pat, s in [('(a)\\1', 'aa ab'), ('(\\w+) \\1', 'hello hello world'), ('\\x41\\101\\n', 'AA\n'), ('(a)(b)?\\2', 'aab')]:
    m = re.search(pat, s)
    print(pat, m and (m.group(), m.groups(), m.span()), re.findall(pat, s))
print(re.findall("abc", "ABC abc AbC", re.I), re.findall("abc", "ABC abc", re.IGNORECASE))
print(re.findall("[a-c]+", "ABCdef", re.I), re.findall("[^a-c]+", "ABCdef", re.I), re.findall("[\\w]+", "Ab-c", re.I))
print(re.match(r"(a)\1", "aA", re.I).group(), re.search("É", "é", re.I), re.findall(b"[a-z]+", b"ABc", re.I))
print(int(re.I), int(re.IGNORECASE | re.MULTILINE), re.compile("ab", re.I))
print(re.sub(r"(\w)\1", r"<\1>", "aabbcd"), re.split(r"(.)\1", "xaaybbz"))
