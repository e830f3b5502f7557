# Escapes in patterns and classes, and the text quoted by "bad character range".
import re
pats = [r'[a-\d]', r'[\d-z]', r'[\d-\w]', r'[z-a]', r'[é-a]', r'\d\D\w\W\s\S', r'[\n\t\r\f\v\a\b]', r'\x4', r'\u12',
        r'\A\Z\b\B', r'[\A]', r'\q', r'\0', r'\07', r'x\Z', r'\Ay', r'\bfoo\b', r'\Bo\B', r'\\']
for p in pats:
    try:
        r = re.compile(p)
        print(p, r.findall('foo a\n1 _ é\t\x07\x08y\\x'))
    except re.error as e:
        print(p, 'error', e)
for p in [rb'[a-\d]', rb'\x41', rb'\d+', rb'[z-a]']:
    try:
        print(p, re.compile(p).findall(b'A 12 a'))
    except re.error as e:
        print(p, 'error', e)
