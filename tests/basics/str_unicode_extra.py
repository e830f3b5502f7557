# Non-ASCII text with the str methods boards leave out (FE_STR_EXTRA_METHODS), the latin-1
# codec and error handlers (FE_STR_CODECS) and case and letters beyond Latin-1
# (FE_STR_UNICODE_CASE).
u = "aé✓😀b"
print(u.center(9, "·"), u.ljust(7, "→"), u.rjust(6))
print(u.partition("😀"), "éCOLE".capitalize(), "éé ÀÀ".title(), "ÀÉ".swapcase(), "ß".casefold())
print("é".encode("latin-1").decode("latin-1"), "x€y".encode("latin-1", "replace"))
print(b"\xc3".decode("utf-8", "replace"), b"\xed\xa0\x80".decode("utf-8", "replace"), b"a\xf5b".decode("utf-8", "ignore"))
print("\t".join(["é", "✓"]).expandtabs(4), "é\t✓".expandtabs(3))
print("١٢٣".isdecimal(), "²".isdecimal(), "½".isnumeric())
print("é1".isalnum(), "Éa".istitle(), "éA".istitle(), "é".isidentifier(), "1é".isidentifier())
print("ÿ".upper(), "µ".upper(), "ΑΒΓ".lower(), "привет".upper(), "日本".isalpha(), "Ω".isupper(), "ω".islower(), "Ā".lower(), "½".isnumeric())
