# string and bytes literals: quotes, prefixes, escapes, concatenation
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print('a\nb', 'tab\there', 'back\\slash', 'bell\a'.encode(), '\b\f\v\0'.encode())
print('\x41\x42', '\101\102\7', '\u00e9', '\U0001F600'.encode(), len('\U0001F600'))
print('\q \d \w', len('\q'), '\8\9', r'\d\w', R'\n', len(r'\n'))
print(b'bytes', B'\x00\xff', b'\101', rb'\x00', Br'\n', bR'a\\b', b'\u1234')
print('abc' 'def', 'a' "b" '''c''', b'x' b'y', 'con' 'cat' 'enation')
print(u'unicode', U'prefix')
s = '''line1
line2\
 continued
line3'''
print(s)
print("""a "quoted" word""", '''it's''')
print('é', 'naïve', '日本語', len('日本語'), 'ü'.encode())
print(len(''), len(""), '' == "", repr(''))
x = ('implicit '
     'joining '
     "of strings")
print(x)
print('\
joined')
print(r'raw \' quote', r"raw \" quote", r'\\')
print(f'{1}' 'plain' f'{2}')
print(repr('\r\n'), repr('\x7f'))
