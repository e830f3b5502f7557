# printf-style formatting of bytes and bytearray (b"%d" % 5; boards leave it out:
# FE_STR_BYTES_FORMAT).
print(b"%s-%d-%x-%c" % (b"s", 5, 255, 65), b"%5s|%-3d|" % (b"ab", 1))
print(b"%s %r %a %5d %-4x| %c%c %%" % (b"bb", "s", "\u00e9", 42, 255, 66, b"C"), b"%(k)s" % {b"k": b"v"}, bytearray(b"%d") % 5)
print(b"%b|%.2s|%-4b|" % (b"xy", b"abc", bytearray(b"z")), type(bytearray(b"%s") % b"q").__name__)
for bad in [lambda: b"%d" % b"x", lambda: b"%s" % "str", lambda: b"%c" % 300, lambda: b"%c" % b"ab", lambda: b"%d %d" % 1]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
