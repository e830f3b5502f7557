# objmodel: builtin subclasses — dict __missing__, set subclass repr, exception data attributes; builtins module stores
class D(dict):
    def __missing__(self, k):
        return k * 2
d = D(a=1)
print(d['a'], d['zz'], d.get('q'), 'zz' in d)
class S(set): pass
class FS(frozenset): pass
print(S([1, 2]), S(), FS([3]), FS(), repr(S([5])))
class E(Exception): pass
try:
    try:
        1/0
    except ZeroDivisionError as z:
        raise E('x') from z
except E as e:
    print(type(e.__cause__).__name__, e.args)
e = E('a')
e.args = ('changed',)
print(str(e), e.args, repr(e))
import builtins
builtins.zz_custom = 5
print(zz_custom, builtins.zz_custom, hasattr(builtins, 'len'))
