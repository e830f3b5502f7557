# UnicodeEncodeError/UnicodeDecodeError messages: one character (escaped) or a range, and
# positions past the end.
for s in ['abé', 'a\u20acb', 'x\U0001f600', 'é']:
    try: s.encode('ascii')
    except UnicodeEncodeError as e: print(e, e.start, e.end)
try: 'aé€'.encode('ascii')
except UnicodeEncodeError as e: print(e)
e = UnicodeEncodeError('ascii', 'ab€', 2, 3, 'bad'); print(e)
e = UnicodeEncodeError('ascii', 'ab€', 5, 6, 'bad'); print(e)
try: b'\xff'.decode()
except UnicodeDecodeError as e: print(e, e.reason)
# (moved from exception_str_repr.py, str_methods.py and str_unicode.py: the detailed
# messages are FE_EXC_UNICODE_DETAIL, off on the micro:bit)
# UnicodeDecodeError
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(e, e.encoding, e.start, e.end, e.reason)
print(UnicodeDecodeError("utf-8", b"abc\xff\xfe", 3, 5, "bad"))
# UnicodeEncodeError shows the character
print(UnicodeEncodeError("ascii", "a\u00e9b", 1, 2, "ordinal not in range(128)"))
print(UnicodeEncodeError("ascii", "\u00e9\u20ac\U0001f600", 2, 3, "r"))
print(UnicodeEncodeError("ascii", "abc", 0, 3, "r"))
try:
    b"a\xff".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
for bad in [b"\xc3", b"\xc3(", b"\xe2\x82", b"\xe2\x82(", b"\xf0\x9f\x98", b"\xed\xa0\x80", b"\xc0\xaf", b"\xf5\x80"]:
    try:
        bad.decode()
    except UnicodeDecodeError as e:
        print(e)
# (moved from bytes_basic.py)
for bad in [lambda: b"\xff".decode(), lambda: b"\xe4\xb8".decode(), lambda: b"\xe4a".decode(), lambda: b"\x80".decode("ascii")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
