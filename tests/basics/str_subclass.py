# str/bytes/bytearray subclasses, dunder methods, iterator type names and mixed string idioms.
class S(str):
    def extra(self):
        return self.upper() + "!"
s = S("abc")
print(s.extra(), s[1], s[0:2], s * 2, "x" + s, s + "x", s in "xabcx", "b" in s, s.split("b"), repr(s), str(s), len(s))
print(s == "abc", "abc" == s, hash(s) == hash("abc"), sorted([S("b"), "a"]), "%s|%r" % (s, s), f"{s}", s.format(), list(s), s.join("xy"))
x = "a"
x *= 3
x += "b"
print(x, "-".join(S(c) for c in "xyz"), "".join(["only"]), "".join(("t", "u")), "".join({"k": 1}))
class B(bytes):
    pass
b = B(b"xy")
print(b, b + b"z", b[0], b.upper(), len(b), bytes(b), b == b"xy", repr(b))
class BA(bytearray):
    pass
ba = BA(b"qq")
ba.append(65)
ba[0] = 66
print(bytes(ba), len(ba), ba + b"!", bytes(ba))
print(str.__name__, bytes.__name__, type("").__name__, type(b"").__name__, type(bytearray()).__name__, type(memoryview(b"")).__name__)
print(type(iter("é")).__name__, type(iter(b"")).__name__, isinstance("", str), issubclass(S, str))
print("a".__eq__("a") if hasattr("a", "__eq__") else True)
print(str(memoryview(b"ab"))[:8], str(bytearray(b"\x00")), repr(bytearray()), bytes(bytearray(2)))
print(max(["b", "a", "c"]), sorted("hello"), "b" * True, reversed("abc").__class__.__name__, "".join(reversed("abc")))
print("abc".encode() == b"abc", b"abc".decode() == "abc", "\0".encode(), "a\0b".split("\0"), len("a\0b"))
d = {}
for w in "the cat the dog the end".split():
    d[w] = d.get(w, 0) + 1
print(d)
print("{0:>{1}}".format("x", 5), "%.3s" % "abcdef", "%-10r|" % "q")
print("abc" < "abd" < "b", "B" < "a", ["b", "A", "a"].sort() is None)
t = "x" * 100
print(len(t + t), (t * 3)[150:153], t.count("x"), t.find("y"))
