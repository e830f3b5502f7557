# Argument errors of builtins (counts, keywords, positional/keyword clashes) and keyword use.
calls = [
    "abs()", "abs(1, 2)", "abs(x=1)", "divmod(1)", "setattr(1, 2)", "chr()", "input(1, 2)",
    "dir(1, 2)", "vars(1, 2)", "globals(1)", "locals(1)", "len(1, 2)", "len(obj=1)", "hash()",
    "id()", "repr()", "ascii()", "callable()", "bin()", "ord()", "isinstance()", "issubclass(int)",
    "getattr(1, 'a', 2, 3)", "delattr(1)", "hasattr()", "format()", "format(1, 'd', 3)",
    "iter(1, 2, 3)", "next(1, 2, 3)", "all()", "any(1, 2)",
    "compile()", "compile('1')", "eval()", "exec()", "eval('1', {}, {}, 1)", "exec('1', x=None)",
    "sum()", "sum([], 0, 1)", "sum([], start=0, x=1)", "sum([], x=1)", "sum(iterable=[1])",
    "sum([1], start=5)", "sum([1], 5)",
    "pow()", "pow(1)", "pow(1, 2, 3, 4)", "pow(1, base=2)", "pow(1, 2, 3, mod=4)", "pow(exp=2, base=3)",
    "pow(2, 3, mod=None)", "pow(base=2, exp=3, mod=5)",
    "round()", "round(1, 2, 3)", "round(1.5, number=2)", "round(number=1.5, ndigits=1, x=2)",
    "round(x=1)", "round(number=2.5)", "round(1.25, ndigits=1)",
    "sorted()", "sorted([], [])", "sorted([], key=None, reverse=False, x=1)", "sorted([], x=1)",
    "sorted([3, 1], reverse=True, key=None)",
    "max(key=len)", "min([1], key=len, default=0, extra=1)", "max([1], foo=2)", "max(1, 2, key=None)",
    "min([], default=None)",
    "print(1, file=1, sep='')", "print(a=1, b=2, c=3, d=4, e=5)", "print(end=None, sep=None)",
    "compile('1', 'f', 'eval', 0, False, -1, bogus=2)", "compile('1', 'f', 'eval', 0, False, -1, flags=2)",
    "compile(source='1', filename='f', mode='eval').__class__.__name__",
    "__import__()", "__import__('math', x=1)", "__import__(name='math', level=0).__name__",
    "exec(source='1')", "exec('1', closure=None)",
]
for c in calls:
    try:
        r = eval(c)
        print(c, "->", repr(r))
    except Exception as e:
        print(c, "->", type(e).__name__, e)
