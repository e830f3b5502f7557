# The latin-1 codec and the error handlers other than strict (FE_STR_CODECS).
print(str(b"\xff", "utf-8", "replace"), "\xe9".encode("latin-1"), "a\xe9".encode("ascii", "ignore"), "a\xe9".encode("ascii", "replace"))
print("\xe9".encode("ascii", errors="backslashreplace"), b"a\xe9".decode("latin-1"), b"a\xffb".decode("utf-8", "ignore"))
print(b"a\xffb".decode("ascii", "backslashreplace"), "\u20ac\U0001f600".encode("latin1", "backslashreplace"), "x".encode("L1"))
print(b"\xe9".decode("latin-1"), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode(errors="ignore"), b"\x00\x01".decode("latin-1"))
for f in [lambda: "\u20ac".encode("latin-1")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
