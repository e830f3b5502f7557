# objmodel: special protocols
class It:
    def __init__(self, n): self.i = 0; self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
print(list(It(3)), sum(It(4)), [x for x in It(2)])
class Cont:
    def __contains__(self, x): return x == 5
print(5 in Cont(), 4 in Cont(), 4 not in Cont())
class Call:
    def __call__(self, *a, **k): return a, sorted(k.items())
print(Call()(1, 2, z=3), callable(Call()), callable(Nope) if False else callable(1))
class Ctx:
    def __enter__(self): print('enter'); return 'val'
    def __exit__(self, t, v, tb): print('exit', t.__name__ if t else None); return True
with Ctx() as v:
    print(v)
with Ctx():
    raise ValueError('x')
print('after')
