# bin(), oct(), hex(): signs, zero, big ints, bools, __index__, errors.
for n in [0, 1, -1, 5, -5, 255, 256, 2**31, -2**31, 2**63, 2**100, -2**100]:
    print(bin(n), oct(n), hex(n))
print(bin(True), hex(False), oct(8))

class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), oct(Idx()), hex(Idx()))

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: hex(1.5))
err(lambda: bin("1"))
err(lambda: oct(None))
err(lambda: hex())
