# re extras (FE_RE_EXTRA, left out on small boards): named groups, lookaround, inline flags,
# VERBOSE, fullmatch, lastindex; \g<...> and octal templates, subn, finditer, groupdict, expand,
# lastgroup, groupindex, purge; atomic groups and possessive repeats; their compile errors.
try:
    import ure as re
except ImportError:
    import re

CASES = [
    ('abc', 'xabcx'), ('a.c', 'a\nc abc'), ('^abc', 'abc\nabc'), ('abc$', 'abc\nabc\n'),
    ('a*', 'aaab'), ('a+?', 'aaa'), ('a??b', 'ab'), ('a{2}', 'aaaa'), ('a{2,}', 'aaaaa'),
    ('a{,2}', 'aaaa'), ('a{1,3}?', 'aaaa'), ('a{2,3}', 'a'), ('x{0}y', 'xy'), ('a{', 'a{'),
    ('a{1,b}', 'a{1,b}'), ('[abc]+', 'xxbcaay'), ('[^abc]+', 'abcxyzabc'),
    ('[a-f0-9]+', 'zz09afgz'), ('[]a]+', ']a]b'), ('[a-]+', 'a-a-b'), ('[-a]+', '-a-b'),
    ('[\\d\\s]+', 'ab 1 2 3cd'), ('[\\w.]+', '  foo.bar_1 '), ('\\d+', 'abc 123 def'),
    ('\\D+', '123abc456'), ('\\w+', '  hello_World9 !'), ('\\W+', 'abc, def'), ('\\s+', 'a \t\n b'),
    ('\\S+', '  abc  '), ('\\bfoo\\b', 'a foo b foobar'), ('\\Bfoo', 'foo afoo'), ('\\Aab', 'ab'),
    ('ab\\Z', 'ab\n'), ('ab\\Z', 'xab'), ('(a)(b)(c)', 'abc'), ('(a)|(b)', 'b'),
    ('(a|ab)(c|bcd)(d*)', 'abcd'), ('(a*)*', 'b'), ('(a*)+', 'b'), ('(a|b)*c', 'abac'),
    ('(a+|b+)*', 'aabba'), ('(?:ab)+', 'ababx'), ('(a)\\1', 'aa ab'),
    ('(\\w+) \\1', 'hello hello world'), ('colou?r', 'my colour'), ('(a|b|c|d)+', 'abcdx'),
    ('a|b|', 'c'), ('', 'abc'), ('()', 'x'), ('(a)?b', 'b'), ('(a)?(b)?c', 'bc'), ('\\.', 'a.b'),
    ('\\(\\)', '()'), ('\\x41\\101\\n', 'AA\n'), ('[\\x41-\\x43]+', 'ABCD'), ('é+', 'ééa'),
    ('.', 'é'), ('[à-ÿ]+', 'façade'), ('\\w+', 'naïve café'), ('(ab|a)(bc|c)', 'abc'),
    ('a.*b', 'a b b c'), ('a.*?b', 'a b b c'), ('(a.*)(b.*)', 'xaxbxbx'),
    ('(\\d+)\\s*(\\w*)', '12   ab'), ('^$', ''), ('$', 'a\n'), ('^', 'abc'), ('[\\b]', 'a\x08b'),
    ('\\\\', 'a\\b'), ('[.]', 'a.b'), ('(((a)))', 'a'), ('((a)|b)+', 'ab'), ('(a)|b', 'b'),
    ('(?:(a)|b)+', 'ab'), ('(a)+', 'aaa'),
]

EXTRA = [
    ('(?P<first>\\w+) (?P<last>\\w+)', 'Jane Doe'), ('(?P<x>a)(?P=x)', 'aa'), ('a(?=b)', 'ac ab'),
    ('a(?!b)', 'ab ac'), ('(?<=a)b', 'cb ab'), ('(?<!a)b', 'ab cb'), ('x(?=(y))', 'xy'),
    ('(?i)hello', 'HeLLo'), ('(?s).+', 'a\nb'), ('(?m)^b', 'a\nb'), ('(?x) a b  # c', 'ab'),
    ('(?i:a)b', 'Ab AB'), ('(?#comment)a', 'a'), ('(?m)$', 'a\nb'),
]

for pat, s in CASES:
    p = re.compile(pat)
    m = p.search(s)
    m3 = p.fullmatch(s)
    print(pat, s, m and m.lastindex, m3.group() if m3 else None)

for pat, s in EXTRA:
    p = re.compile(pat)
    m = p.search(s)
    out = [pat, s]
    if m:
        out += [m.group(), m.groups(), m.span(), m.start(), m.end(), m.lastindex]
    else:
        out.append(None)
    m2 = p.match(s)
    out.append(m2.group() if m2 else None)
    m3 = p.fullmatch(s)
    out.append(m3.group() if m3 else None)
    out.append(p.findall(s))
    print(out)

print(int(re.X), int(re.VERBOSE), int(re.L), re.purge())
print(re.search(r"""
    (\d+)   # number
    \s*
    ([a-z]+) # word
""", "  42 apples", re.X).groups())

print(re.sub(r"(?P<w>\w+)", r"<\g<w>|\g<1>|\g<0>>", "ab cd"), re.sub("a", r"\101\0\07", "a"))
print(re.subn("a", "b", "aaaa"), re.subn(r"\s+", " ", "a  b \t c"), re.subn("x", "y", "abc"))
print(re.sub("(?=b)", "^", "abcb"), re.subn("^", ">", "l1\nl2", flags=re.M))
print([m.span() for m in re.finditer(r"\w+", "ab cd  ef")], list(re.finditer("x", "abc")))
print([m.group(1) for m in re.compile(r"(\d)").finditer("a1b2c3", 2)])
p = re.compile(r"(?P<key>\w+)=(?P<val>\w*)")
m = p.search("  a=1 b=2")
print(m.group(), m.group(0), m.group(1), m.group("val"), m.group(1, "key", 2), m[0], m["key"], m[2])
print(m.groups(), m.groupdict(), m.span(), m.span(2), m.start("val"), m.end(1), m.pos, m.endpos)
print(m.lastindex, m.lastgroup, m.re is p, m.string, m.expand(r"\2-\1 \g<key>"))
print(p.pattern, p.groups, sorted(p.groupindex.items()), p.flags == re.compile("").flags)
m = re.match(r"(a)(x)?", "ab")
print(m.groups(), m.groups("-"), m.groupdict(), m.span(2), m.start(2), m.group(2), m.lastindex)
m = re.match("(?P<a>x)?(?P<b>y)", "y")
print(m.groupdict(), m.groupdict(0), m.lastgroup)
print(re.compile("a+").fullmatch("aaab", 0, 3), re.fullmatch("a|ab", "ab"))
for f in (lambda: m.group("zz"), lambda: re.sub("(?P<n>a)", r"\g<m>", "a"),
          lambda: re.sub("a", r"\g<1", "a"), lambda: re.sub("a", r"\g<>", "a"),
          lambda: re.sub("a", r"\g<9>", "a"), lambda: re.sub("a", r"\g<1x>", "a"),
          lambda: re.sub("a", r"\777", "a")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for pat in ["a++b", "(?P<1a>x)", "(?P<n>a)(?P<n>b)", "(?P=nope)", "(?<x)", "(?z)", "(?P<>a)",
            "(?P<n", "(?<=a+)b", "a*+", "(?>ab|a)c", "a{2}+", "(?i", "(?-i)", "(?i-i:a)", "a(?i)",
            "(?#abc", "(?P", "(?Px)", "(?P=n", "(?<n>a)", "(?<=(?P<x>a))b", "(?P<x>a)(?P=x)"]:
    try:
        re.compile(pat)
        print(pat, "compiled")
    except re.error as e:
        print(pat, "error:", e)
print(re.match("a*+a", "aaa"), re.match("a*+b", "aab").group(), re.match("(?>ab|a)c", "ac"))
print(re.match("(?>a|ab)c", "abc"), re.findall(r"\d++", "12 345"), re.match("a?+a", "a"))
# re.escape and the attributes of Pattern and Match
p = re.compile(r"(\w+)=(\w*)")
m = p.search("  a=1 b=2")
print(m.pos, m.endpos, m.re is p, m.string, p.pattern, p.groups, p.flags == re.compile("").flags)
m = p.search("xé=1 b=2", 1, 30); print(m.pos, m.endpos, m.span())
m = re.compile(b"b").search(b"abc", -5, 2); print(m.pos, m.endpos)
print(re.escape("a.b*c"), re.escape("hello world!"), re.escape(b"1+1=2"))
