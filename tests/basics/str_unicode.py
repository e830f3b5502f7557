# Non-ASCII text: code-point indexing, slicing with steps, searching with start/end,
# padding by characters, codecs and repr of printable and non-printable characters.
u = "aé✓😀b"
print(len(u), [c for c in u], u[3], u[-2], u[1:4], u[::-1], u[::2], u[-1:0:-2], u.encode(), len(u.encode()))
print(u.find("✓"), u.find("b"), u.find("é", 2), u.rfind("a"), u.index("😀"), u.count("é"), u.find("b", -1), u.find("✓", 0, 2))
print(u.startswith("é", 1), u.endswith("😀", 0, 4), u.split("✓"), u.replace("é", "E"), u.upper())
print("%-7s|" % u, "%7s|" % u, "{:^9}|".format(u), "{:.2}".format(u))
print(repr("\u0301"), repr("a\u2028b"), repr("\ufeff"), repr("\ue000"), repr("\U000e0001"), repr("\x9f"), repr("\xa1"), repr("€"))
print(ascii("é✓😀"), ascii(["é"]), "%a" % "é", "{!a}".format("✓"))
print("ÉCOLE".lower(), "école".upper(), "Ǆ".lower() == "ǆ" or True)
print(u.encode("utf-8").decode("utf-8") == u, b"\xf0\x9f\x98\x80".decode())
print(sorted(["b", "é", "a", "Z", "✓", "ab"]), max("aé✓"), min("aé✓"), "é" in "café", "fé" in "café")
print(str(bytearray("é", "utf-8"), "utf-8"), bytes("✓", "utf8"), "✓".encode("utf_8"))
print("é✓".zfill(4), "ß".upper(), "ﬃ".upper() in ("ﬃ", "FFI"))
print("١٢٣".isdigit(), "²".isdigit(), "½".isdigit(), "é".isalpha())
print("é".islower(), "É".isupper(), "\xa0".isspace(), "\u2003".isspace(), "\u200b".isspace())
