# Non-ASCII text: code-point indexing, slicing with steps, searching with start/end,
# padding by characters, codecs and repr of printable and non-printable characters.
u = "aé✓😀b"
print(len(u), [c for c in u], u[3], u[-2], u[1:4], u[::-1], u[::2], u[-1:0:-2], u.encode(), len(u.encode()))
print(u.find("✓"), u.find("b"), u.find("é", 2), u.rfind("a"), u.index("😀"), u.count("é"), u.find("b", -1), u.find("✓", 0, 2))
print(u.startswith("é", 1), u.endswith("😀", 0, 4), u.split("✓"), u.partition("😀"), u.replace("é", "E"), u.upper())
print(u.center(9, "·"), u.ljust(7, "→"), u.rjust(6), "%-7s|" % u, "%7s|" % u, "{:^9}|".format(u), "{:.2}".format(u))
print(repr("\u0301"), repr("a\u2028b"), repr("\ufeff"), repr("\ue000"), repr("\U000e0001"), repr("\x9f"), repr("\xa1"), repr("€"))
print(ascii("é✓😀"), ascii(["é"]), "%a" % "é", "{!a}".format("✓"))
print("ÉCOLE".lower(), "école".upper(), "éCOLE".capitalize(), "éé ÀÀ".title(), "ÀÉ".swapcase(), "Ǆ".lower() == "ǆ" or True)
print(u.encode("utf-8").decode("utf-8") == u, "é".encode("latin-1").decode("latin-1"), "x€y".encode("latin-1", "replace"))
print(b"\xf0\x9f\x98\x80".decode(), b"\xc3".decode("utf-8", "replace"), b"\xed\xa0\x80".decode("utf-8", "replace"), b"a\xf5b".decode("utf-8", "ignore"))
for bad in [b"\xc3", b"\xc3(", b"\xe2\x82", b"\xe2\x82(", b"\xf0\x9f\x98", b"\xed\xa0\x80", b"\xc0\xaf", b"\xf5\x80"]:
    try:
        bad.decode()
    except UnicodeDecodeError as e:
        print(e)
print(sorted(["b", "é", "a", "Z", "✓", "ab"]), max("aé✓"), min("aé✓"), "é" in "café", "fé" in "café")
print(str(bytearray("é", "utf-8"), "utf-8"), bytes("✓", "utf8"), "✓".encode("utf_8"))
print("\t".join(["é", "✓"]).expandtabs(4), "é\t✓".expandtabs(3), "é✓".zfill(4), "ß".upper(), "ß".casefold(), "ﬃ".upper() in ("ﬃ", "FFI"))
print("١٢٣".isdecimal(), "١٢٣".isdigit(), "²".isdecimal(), "²".isdigit(), "½".isnumeric(), "½".isdigit(), "é".isalpha(), "日本".isalpha(), "é1".isalnum())
print("Éa".istitle(), "éA".istitle(), "é".islower(), "É".isupper(), "\xa0".isspace(), "\u2003".isspace(), "\u200b".isspace(), "é".isidentifier(), "1é".isidentifier())
