# objmodel: super() to builtin dunders in builtin subclasses; explicit dunder calls on builtins
class CI(dict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
    def __getitem__(self, k): return super().__getitem__(k.lower())
    def __contains__(self, k): return super().__contains__(k.lower())
d = CI(); d['A'] = 1; print(d['a'], d['A'], 'A' in d, len(d))
class L(list):
    def __getitem__(self, i): return super().__getitem__(i) * 10
    def __len__(self): return super().__len__() + 100
    def __iter__(self): return super().__iter__()
l = L([1, 2]); print(l[1], len(l), list(l))
print((1).__add__(2), 'ab'.__len__(), [5, 6].__getitem__(1), (3).__eq__(3), 'a'.__add__('b'), {1: 2}.__getitem__(1))
print(int.__add__(1, 2), str.__len__('abc'), list.__len__([1]), (5).__lt__(3), (2).__mul__(4), 'x'.__eq__(1))
class S(str):
    def __str__(self): return 'S:' + super().__str__()
    def __repr__(self): return 'S(' + super().__repr__() + ')'
print(str(S('a')), repr(S('b')))
class N(int):
    def __add__(self, o): return N(super().__add__(o))
    def __repr__(self): return 'N' + super().__repr__()
print(repr(N(1) + 2), (1).__hash__() == hash(1), (1).__bool__(), (0).__bool__(), [].__iter__ is not None)
