# str methods: searching, case, predicates, zfill, replace, strip, join, encode
# (the ones boards leave out are in str_methods_extra.py)
s = "Hello, World"
print(s.find("o"), s.find("o", 5), s.find("o", 5, 8), s.find("xyz"), s.find(""), s.find("", 12), s.find("", 13))
print(s.rfind("o"), s.rfind("o", 0, 5), s.rfind(""), s.index("W"), s.find("l", -3), s.find("l", None, -5))
print(s.count("l"), s.count("l", 4), s.count(""), s.count("", 3, 5), "aaaa".count("aa"), s.count("l", 20))
for args in [("x",), ("o", 100)]:
    try:
        s.index(*args)
    except ValueError as e:
        print("ValueError", e)
print(s.startswith("Hell"), s.startswith("ell", 1), s.startswith(("x", "He")), s.endswith("ld"), s.endswith("Wor", 0, -2))
print(s.startswith(""), s.endswith(("a", "b")), s.startswith("o", -5), "".startswith(""), "ab".startswith("", 3))
print(s.lower(), s.upper(), "ßtraße".upper(), "ÀÉÎ".lower())
for t in ["", "abc", "ABC", "Abc", "123", "a1", " \t\n", "½", "²", "٣", "é", "A B", "Hello World", "Hello world", "a_b", "1a", "_", "x\x00"]:
    print(repr(t), t.isalpha(), t.isdigit(), t.islower(), t.isspace(), t.isupper())
print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(2), "".zfill(3), "-".zfill(3))
print("a-b-c".replace("-", "+"), "a-b-c".replace("-", "", 1), "abc".replace("", "."), "abc".replace("", ".", 2), "aaa".replace("a", "bb"), "x".replace("y", "z"))
print("  x y  ".strip(), "xxhixx".strip("x"), "  x ".lstrip(), "  x ".rstrip(), "abcba".strip("ab"), "\u3000x\xa0".strip(), "abc".strip(None))
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), ", ".join(str(i) for i in range(4)), "é".join(["a", "b"]))
print("é✓".encode(), "abc".encode("ascii"), "é".encode("utf-8"), "x".encode(encoding="utf8"))
print(str.upper("abc"), str.join(",", ["a", "b"]), "abc".__len__() if hasattr("abc", "__len__") else 3)
for bad in [lambda: "a".join([1]), lambda: "a".find(1), lambda: "a".startswith(1), lambda: "a".startswith((1,)),
            lambda: "a".strip(1), lambda: "a".replace(1, "b"), lambda: "a".split(""),
            lambda: "a".encode("nope"),
            lambda: "a".zfill("x"), lambda: "%d" % "x"]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    "aé✓".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.args[0], e.args[2:])
# empty ranges: '' is found only where start <= end after normalisation
print("abc".find("", 2, 1), "abc".find("", -1, 0), "abc".count("", 2, 1), "abc".startswith("", 2, 1), "abc".endswith("", 3, 3), "abc".find("", 3, 3), "abc".rfind("", 1, 1))
