# String literals: escapes, raw strings, bytes, concatenation, f-strings, triple quotes.
print("tab\there", 'quote\'s', "new\nline", "back\\slash", "\x41\u00e9\U0001F600", "\101\60")
print(r"raw\n\t", R'raw\\', b"bytes\x00\xff", rb"\d+", br'\n')
print("con" "cat" 'enated', f"f{1+1}" "plain" f"{'x'}")
print("""triple
quoted""", '''single
triple''')
name, n = "ferrite", 3
print(f"{name!r} {name.upper()} {n * 2} {n:03d} {3.14159:.2f} {{braces}} {'nested'}")
print(f"{name:>10}|{name:<10}|{name:^11}|{n:+}|{1234567:,}|{255:#x}|{0.25:%}")
width, prec = 10, 3
print(f"{3.14159:{width}.{prec}f}|{'s'!s:>{width}}|{[1, 2]}|{ {'a': 1}['a'] }")
print(f"{n=}" if False else "skip-eq", f"{'a' if n > 2 else 'b'}", f"{(lambda: 5)()}")
print(len("héllo"), "héllo"[1], "héllo".encode(), b"h\xc3\xa9llo".decode(), "日本語"[::-1])
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\x00\x7f\n"), ascii("é"))
s = "Hello, World"
print(s[0], s[-1], s[2:5], s[::2], s[::-1], s[100:], s[-3:], s[:-3])
print("%s=%d" % ("x", 5), "%5s|%-5s|" % ("a", "b"), "%.3s" % "abcdef", "%c%c" % (65, "b"), "%%")
x = ("multi"
     "line")
print(x)
print("a\
b")
