# Object-oriented program: class registry via __init_subclass__, linked list, tree, vector algebra, accounts (objmodel).
import math

class Shape:
    registry = {}
    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        if kind:
            Shape.registry[kind] = cls
    def area(self):
        raise NotImplementedError(type(self).__name__ + '.area')
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join('%s=%r' % kv for kv in sorted(vars(self).items())))

class Circle(Shape, kind='circle'):
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2

class Rect(Shape, kind='rect'):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h

class Square(Rect, kind='square'):
    def __init__(self, s): super().__init__(s, s)

shapes = [Shape.registry[k](*a) for k, a in [('circle', (1,)), ('rect', (2, 3)), ('square', (2,))]]
print(sorted(shapes))
print([round(s.area(), 3) for s in shapes], max(shapes), min(shapes))
try:
    Shape().area()
except NotImplementedError as e:
    print('NotImplementedError', e)

class Node:
    __slots__ = ('value', 'next')
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self._len += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self): return self._len
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        for j, v in enumerate(self):
            if j == i: return v
        raise IndexError('LinkedList index out of range')
    def __contains__(self, v): return any(x == v for x in self)
    def __eq__(self, other): return list(self) == list(other)
    def __repr__(self): return 'LinkedList(%r)' % (list(self),)
    def __bool__(self): return self._len > 0

ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[2], ll[1:3], 3 in ll, 9 in ll, bool(ll), bool(LinkedList()))
print(ll == LinkedList([1, 2, 3, 4]), ll != [1, 2], list(reversed(list(ll))))
try:
    ll[10]
except IndexError as e:
    print('IndexError', e)

class Tree:
    def __init__(self, key, left=None, right=None):
        self.key, self.left, self.right = key, left, right
    def insert(self, k):
        if k < self.key:
            if self.left: self.left.insert(k)
            else: self.left = Tree(k)
        else:
            if self.right: self.right.insert(k)
            else: self.right = Tree(k)
        return self
    def __iter__(self):
        if self.left: yield from self.left
        yield self.key
        if self.right: yield from self.right
    def depth(self):
        return 1 + max(self.left.depth() if self.left else 0, self.right.depth() if self.right else 0)

t = Tree(50)
for k in [30, 70, 20, 40, 60, 80, 35, 65]:
    t.insert(k)
print(list(t), t.depth(), sum(t))

class Vec:
    __slots__ = ('x', 'y')
    def __init__(self, x=0, y=0): self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return math.hypot(self.x, self.y)
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self): return iter((self.x, self.y))
    def __repr__(self): return f'Vec({self.x}, {self.y})'
    def __matmul__(self, o): return self.x * o.x + self.y * o.y

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, -a, abs(b), a @ b, a == Vec(1, 2), len({a, Vec(1, 2), b}))
x, y = a
print(x, y, list(b), tuple(a + b), sum([a, b], Vec()))
acc = Vec()
for v in [a, b, a]:
    acc += v
print(acc)

class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self): return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0: raise ValueError('negative balance')
        self.history.append(v - self._balance)
        self._balance = v
    def deposit(self, amt):
        self.balance += amt
        return self
    @classmethod
    def joint(cls, *owners): return cls(' & '.join(owners))
    @staticmethod
    def fee(amt): return max(1, amt // 100)
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        if et is ValueError:
            print('rolled back:', ev)
            return True

class Savings(Account):
    interest = 0.05
    def add_interest(self):
        self.deposit(round(self.balance * self.interest))

acct = Account.joint('ann', 'bob').deposit(100).deposit(50)
print(acct.owner, acct.balance, acct.history, Account.fee(2500), acct.fee(5))
with acct:
    acct.balance = -5
print(acct.balance)
s = Savings('cy', 1000)
s.add_interest()
print(s.balance, s.history, Savings.interest, Account.interest, isinstance(s, Account))
