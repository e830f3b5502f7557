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
