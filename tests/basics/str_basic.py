# str basics: construction, repr, operators, comparison, hashing, indexing, slicing, iteration.
print(str(), str(1), str(-2.5), str([1, "a"]), str(None), str(b"ab"), str("x"))
print(repr(""), repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("\\"), repr("\n\t\r\x00\x7f\x1b"))
print(repr("é ü ñ"), repr("\u200b"), repr("\xa0\xad"), repr("日本"), repr("\U0001f600"), repr("\x85"))
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -1, "" * 5)
print("a" < "b", "abc" < "abd", "ab" < "abc", "b" > "abc", "a" <= "a", "a" >= "b", "a" == "a", "a" != "a")
print("é" > "z", "Z" < "a")
print("" in "abc", "bc" in "abc", "x" in "abc", "x" not in "abc")
k = "".join(["ab", "c"])
d = {"abc": 1, k + "d": 2}
print(d["abc"], d[k], d["abcd"], hash(k) == hash("abc"), k == "abc", k is not None)
s = "hello world"
print(s[0], s[-1], s[4], s[1:4], s[:3], s[6:], s[-5:], s[::2], s[::-1], s[8:2:-2], s[100:], s[-100:2])
u = "héllo wörld ✓"
print(len(u), u[1], u[-1], u[2:7], u[::-1], u[::3], u[-3:], u[12], list(u[:4]))
print([c for c in "abc"], list("é✓"), tuple("xy"))
print(bool(""), bool("a"), len(""), len("abc"))
for i in range(-3, 3):
    print(i, "abc"[i], end="; ")
print()
try:
    "abc"[3]
except IndexError as e:
    print("IndexError", e)
try:
    i = "x"
    "abc"[i]
except TypeError as e:
    print("TypeError", e)
try:
    i = 1.5
    "abc"[i]
except TypeError as e:
    print("TypeError", e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print("TypeError", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError", e)
print("a" == 1, "a" != 1, "1" == 1)
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(b"\xe9", "latin-1"))
class S(str):
    pass
x = S("hi")
print(x, x + "!", len(x), x.upper(), x == "hi", {"hi": 1}[x], type(x).__name__, isinstance(x, str))
class R:
    def __str__(self):
        return "R-str"
    def __repr__(self):
        return "R-repr"
print(str(R()), repr(R()), "%s %r" % (R(), R()), [R()])
print(str(True), str(12345678901234567890), str(1e100), str((1,)), str({1: "a"}))
print("abc" * 2 == "abcabc", id("a") is not None)
