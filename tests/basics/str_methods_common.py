# str methods a board keeps beyond the core set: rindex, center/ljust/rjust, partition,
# rpartition, splitlines.
s = "a,b,,c"
print(s.rindex(","), s.rindex(",", 0, 3))
try:
    s.rindex("x")
except ValueError as e:
    print("ValueError", e)
for w in (0, 3, 7, 8):
    print(repr("abc".center(w)), repr("abc".center(w, "*")), repr("ab".ljust(w, "-")), repr("ab".rjust(w)))
try:
    "a".center(3, "ab")
except TypeError as e:
    print("TypeError", e)
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kv".partition("="), "kv".rpartition("="))
try:
    "x".partition("")
except ValueError as e:
    print("ValueError", e)
print("a\nb\r\nc\rd\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "x".splitlines())
