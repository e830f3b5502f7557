# str methods boards leave out (FE_STR_EXTRA_METHODS): padding, other case mappings, more
# predicates, splitlines, partition, expandtabs, removeprefix/suffix, maketrans/translate,
# format_map.
s = "Hello, World"
print("abc".center(9, "*"), "abc".center(8, "*"), "ab".center(9), "abc".center(2), "abc".ljust(6, "-"), "abc".rjust(6), "é".center(4, "✓"))
print(s.swapcase(), s.title(), s.capitalize(), s.casefold(), s.rindex("l"), b"abcabc".rindex(b"a"))
try:
    s.rindex("q")
except ValueError as e:
    print("ValueError", e)
print("hELLO wORLD".capitalize(), "they're bill's".title(), "ab12cd ef_gh".title(), "ÀÉÎ àéî".swapcase())
print("Straße".casefold(), "ß".capitalize())
for t in ["", "abc", "ABC", "Abc", "123", "a1", " \t\n", "½", "²", "٣", "é", "A B", "Hello World", "Hello world", "a_b", "1a", "_", "x\x00"]:
    print(repr(t), t.isalnum(), t.isascii(), t.isdecimal(), t.isidentifier(), t.isnumeric(), t.isprintable(), t.istitle())
print("a,b,c".partition(","), "a,b,c".rpartition(","), "abc".partition("x"), "abc".rpartition("x"), "a::b".partition("::"))
print("tab\there\tx".expandtabs(), "a\tb".expandtabs(4), "ab\n\tc".expandtabs(2), "\t".expandtabs(0), "a\tb".expandtabs(tabsize=3))
print("prefix_body".removeprefix("prefix_"), "body.py".removesuffix(".py"), "x".removeprefix("y"), "abc".removesuffix(""))
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcdd".translate(t), "hello".translate({ord("l"): "L", ord("o"): None}), "abc".translate({97: 98}))
print(sorted(str.maketrans({"a": "1", 98: None}).items()))
for s in ["a\nb\r\nc\rd", "a\n\nb\n", "", "\n", "x\x1cy\x1dz\x1e\x85w\u2028v\u2029u", "no newline", "a\x0bb\x0cc"]:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
print("abc".maketrans("a", "b") == {97: 98}, b"".maketrans(b"a", b"b")[97], bytearray.maketrans(b"a", b"b")[97])
try:
    "{x}".format_map({})
except KeyError as e:
    print("KeyError", e)
print("{x}".format_map({"x": 5}), "{a[0]}".format_map({"a": [9]}))
class M:
    def __getitem__(self, k):
        return "<" + k + ">"
print("{a} {b}".format_map(M()))
for bad in [lambda: "a".center(5, "ab"), lambda: "a".partition(""), lambda: str.maketrans("ab", "c")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
