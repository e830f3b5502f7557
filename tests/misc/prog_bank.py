# Properties, classmethods, staticmethods, inheritance and special methods.
class Money:
    __slots_hint__ = "amount in cents"
    def __init__(self, cents):
        self.cents = cents
    @classmethod
    def from_str(cls, s):
        whole, _, frac = s.partition(".")
        return cls(int(whole) * 100 + int((frac + "00")[:2]))
    @staticmethod
    def fmt(cents):
        return "%d.%02d" % divmod(cents, 100)
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __hash__(self):
        return hash(self.cents)
    def __repr__(self):
        return "Money(%s)" % Money.fmt(self.cents)
    def __bool__(self):
        return self.cents != 0

class Account:
    count = 0
    def __init__(self, owner):
        self.owner = owner
        self._balance = Money(0)
        Account.count += 1
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, value):
        if value.cents < 0:
            raise ValueError("negative balance")
        self._balance = value

class Savings(Account):
    rate = 2
    def add_interest(self):
        self.balance = self.balance + Money(self.balance.cents * self.rate // 100)

a = Account("ann")
s = Savings("sam")
a.balance = Money.from_str("12.5")
s.balance = Money.from_str("100.07")
s.add_interest()
print(a.balance, s.balance, Account.count)
print(sum([Money(5), Money(7)]), sorted([Money(3), Money(1), Money(2)]))
print(Money(1) == Money(1), Money(1) != Money(2), bool(Money(0)), len({Money(1), Money(1)}))
try:
    a.balance = Money(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    Money(1) + 1
except TypeError as e:
    print("TypeError:", e)
print(isinstance(s, Account), issubclass(Savings, Account), type(s).__name__, Savings.__mro__ == (Savings, Account, object))
print(hasattr(a, "owner"), getattr(a, "missing", "default"))
