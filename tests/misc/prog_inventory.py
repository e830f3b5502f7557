# A small inventory program: classes, dicts, sorting, formatting, exceptions.
class OutOfStock(Exception):
    def __init__(self, item, wanted, have):
        super().__init__(item)
        self.item = item
        self.wanted = wanted
        self.have = have

    def __str__(self):
        return "%s: wanted %d, have %d" % (self.item, self.wanted, self.have)


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, count, price):
        entry = self.items.setdefault(name, [0, price])
        entry[0] += count
        entry[1] = price

    def take(self, name, count):
        have = self.items.get(name, [0, 0])[0]
        if have < count:
            raise OutOfStock(name, count, have)
        self.items[name][0] -= count
        return count * self.items[name][1]

    def value(self):
        return sum(c * p for c, p in self.items.values())

    def report(self):
        for name, (count, price) in sorted(self.items.items()):
            print(f"{name:<8}{count:>5}{price:>8.2f}")


inv = Inventory()
inv.add("apple", 10, 0.5)
inv.add("pear", 3, 0.75)
inv.add("apple", 5, 0.55)
inv.add("kiwi", 0, 1.25)
inv.report()
print("value", round(inv.value(), 2))
print("cost", inv.take("apple", 4))
for name, n in [("pear", 5), ("kiwi", 1), ("plum", 1)]:
    try:
        inv.take(name, n)
    except OutOfStock as e:
        print("error:", e, e.args, e.wanted)
inv.report()
