# objmodel: super calls
class K:
    @classmethod
    def make(cls): return cls()
class K2(K):
    @classmethod
    def make(cls):
        r = super().make()
        r.tag = 'k2'
        return r
k = K2.make(); print(type(k).__name__, k.tag)
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
s1 = Single(1); s2 = Single(2); print(s1 is s2, s1.v)
class PI(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(PI(-5), type(PI(-5)).__name__, PI(-5) + 1)
class Up(str):
    def __new__(cls, v):
        return str.__new__(cls, v + '?')
print(Up('a'))
