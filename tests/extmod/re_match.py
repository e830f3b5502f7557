# re: matching semantics over a table of patterns (compared with CPython).
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
    ('(a+|b+)*', 'aabba'), ('(?:ab)+', 'ababx'),
    ('colou?r', 'my colour'), ('(a|b|c|d)+', 'abcdx'),
    ('a|b|', 'c'), ('', 'abc'), ('()', 'x'), ('(a)?b', 'b'), ('(a)?(b)?c', 'bc'), ('\\.', 'a.b'),
    ('\\(\\)', '()'), ('\\x41\\n', 'A\n'), ('[\\x41-\\x43]+', 'ABCD'), ('é+', 'ééa'),
    ('.', 'é'), ('[à-ÿ]+', 'façade'), ('\\w+', 'naïve café'), ('(ab|a)(bc|c)', 'abc'),
    ('a.*b', 'a b b c'), ('a.*?b', 'a b b c'), ('(a.*)(b.*)', 'xaxbxbx'),
    ('(\\d+)\\s*(\\w*)', '12   ab'), ('^$', ''), ('$', 'a\n'), ('^', 'abc'), ('[\\b]', 'a\x08b'),
    ('\\\\', 'a\\b'), ('[.]', 'a.b'), ('(((a)))', 'a'), ('((a)|b)+', 'ab'), ('(a)|b', 'b'),
    ('(?:(a)|b)+', 'ab'), ('(a)+', 'aaa'),
]

for pat, s in CASES:
    p = re.compile(pat)
    m = p.search(s)
    out = [pat, s]
    if m:
        out += [m.group(), m.groups(), m.span(), m.start(), m.end()]
    else:
        out.append(None)
    m2 = p.match(s)
    out.append(m2.group() if m2 else None)
    out.append(p.findall(s))
    print(out)

# flags
print(re.findall("^\\w", "one\ntwo\nthree", re.M), re.findall("^\\w", "one\ntwo", re.MULTILINE))
print(re.findall("a.c", "a\nc", re.S), re.findall("a.c", "a\nc", re.DOTALL), re.findall("a.c", "a\nc"))
print(int(re.M), int(re.S), int(re.A), int(re.DOTALL | re.MULTILINE))
print(re.findall(r"\w+", "naïve café", re.A))
print(re.findall(r"\d", "１２3"), re.findall(r"\s", "a\u2003b"))
