# objmodel: protocols — with, iteration (__iter__/__next__/__getitem__), unpacking, __call__
class Res:
    log = []
    def __init__(self, name, swallow=False): self.name, self.swallow = name, swallow
    def __enter__(self):
        Res.log.append('enter ' + self.name)
        return self
    def __exit__(self, et, ev, tb):
        Res.log.append('exit %s %s' % (self.name, et.__name__ if et else None))
        return self.swallow
with Res('a') as a, Res('b', True) as b:
    raise KeyError('k')
print(Res.log)
try:
    with Res('c'):
        raise ValueError('v')
except ValueError as e:
    print('propagated', e)
class NoCtx: pass
try:
    with NoCtx(): pass
except TypeError as e:
    print(type(e).__name__)
class BadNext:
    def __iter__(self): return self
    def __next__(self): raise RuntimeError('bad next')
try:
    for x in BadNext(): pass
except RuntimeError as e:
    print('RuntimeError', e)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self): return iter(range(1, self.n + 1))
    def __len__(self): return self.n
print(list(Countdown(3)), list(reversed(Countdown(3))), len(Countdown(4)), sorted(Countdown(3)))
print(dict(zip(Countdown(2), 'ab')), list(enumerate(Countdown(2))), max(Countdown(5)), sum(Countdown(4)))
a, b, c = Countdown(3); print(a, b, c)
first, *rest = Countdown(4); print(first, rest)
print([*Countdown(2), *Countdown(1)], {*Countdown(2)} == {1, 2})
it = iter(Countdown(2)); print(next(it), next(it), next(it, 'done'))
class GetItemOnly:
    def __getitem__(self, i):
        if i < 3: return i * 10
        raise IndexError(i)
print(list(GetItemOnly()), 20 in GetItemOnly(), 5 in GetItemOnly(), list(reversed([1, 2])))
for i, v in enumerate(GetItemOnly()): print(i, v, end=' ')
print()
class Callable:
    def __init__(self): self.calls = 0
    def __call__(self, *args, **kw):
        self.calls += 1
        return (args, sorted(kw.items()))
c = Callable()
print(c(1, 2, k=3), list(map(c, [1, 2])), c.calls, sorted([3, 1, 2], key=Callable()) == [1, 2, 3] or True)
