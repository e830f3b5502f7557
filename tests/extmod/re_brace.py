# '{' that does not start a {m,n} repeat is a literal, at the start and after an atom.
import re
for p in ['{1,2,3}', '{,}', '{}', '{1}', '{a}', 'x{1,2,3}', '{1,2', 'a{2,3}b', 'a{3,2}', 'a{1}{2}', 'a{,2}', 'a{2,}']:
    try:
        m = re.compile(p).match('{1,2,3}aaab')
        print(p, m and m.span())
    except re.error as e:
        print(p, 'error', e)
