# argument-count errors of builtin methods count without self, as CPython's messages do
tests = [
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: [].copy(1),
    lambda: 'a'.center(),
    lambda: [].pop(1, 2),
    lambda: [].insert(1),
    lambda: {}.get(),
    lambda: 'abc'.upper(1),
    lambda: set().add(),
    lambda: {}.setdefault(),
    lambda: 'a'.startswith(),
    lambda: [].index(),
    lambda: 'a'.count(),
    lambda: 'x'.find(),
    lambda: {}.pop(),
    lambda: [].extend(),
    lambda: [].remove(),
    lambda: set().discard(),
    lambda: 'x'.replace('a'),
    lambda: len(),
    lambda: abs(1, 2),
    lambda: chr(),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)

class L(list):
    pass
try:
    L().append()
except TypeError as e:
    print(e)
