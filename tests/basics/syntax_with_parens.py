# parenthesized with-items (Python 3.10; compiled out on the micro:bit)
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name)
        return False
with (CM("c") as x, CM("d")):
    print("parenthesized", x)
with (CM("f"), CM("g"),):
    pass
with (CM("h") as y):
    print(y)
