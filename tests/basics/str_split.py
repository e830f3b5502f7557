# str.split / rsplit in all their argument forms (splitlines: str_methods_extra.py).
for s in ["a b  c", "  a b  c  ", "", "   ", "a\tb\nc\x0bd\x0ce\rf", "a\u3000b\xa0c", "one"]:
    print(repr(s), s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0), s.rsplit(maxsplit=0))
for s in ["a,b,,c", ",a,", "", ",", "abc", "a,,b,,c"]:
    print(repr(s), s.split(","), s.rsplit(","), s.split(",", 1), s.rsplit(",", 1), s.split(",,"), s.rsplit(sep=",", maxsplit=2))
print("a b c".split(" ", -1), "a b c".split(sep=None), "1<>2<>3".split("<>"), "1<>2<>3".rsplit("<>", 1))
print("é,✓,x".split(","), "é ✓ x".rsplit(None, 1))
try:
    "a".split(",", "x")
except TypeError as e:
    print("TypeError")
try:
    "a".rsplit("")
except ValueError as e:
    print("ValueError", e)
