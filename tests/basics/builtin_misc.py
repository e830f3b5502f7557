# callable, hash, id, len, repr, ascii, format, all, any, abs of user types, help exists.
def fn():
    pass
class K:
    def __call__(self):
        return 1
class Plain:
    pass
print(callable(fn), callable(K), callable(K()), callable(Plain()), callable(1), callable(print), callable("s".upper))
print(hash(1) == hash(1.0), hash("abc") == hash("abc"), hash((1, 2)) == hash((1, 2)), hash(True) == 1)
p = Plain()
print(id(p) == id(p), id(p) != id(Plain()), isinstance(id(p), int))
print(len([1, 2]), len("héllo"), len(b"ab"), len({1: 2}), len(range(10)), len(()))
print(repr("a'b"), repr([1, "x"]), repr(None), repr(1.5), repr(b"\x00"))
print(ascii("abc"), ascii("é"), ascii("€"), ascii("\U0001f600"), ascii(["ü", 1]), ascii(b"\xff"))
print(format(3.14159, ".2f"), format(42), format(42, "08b"), format("s", ">5"), format(255, "x"))
print(all([]), all([1, 2]), all([1, 0]), any([]), any([0, None, 3]), any(x > 2 for x in range(4)))
print(all("abc"), any(""), all(iter([True, True])), any({0: 1}))

class Big:
    def __len__(self):
        return 7
    def __hash__(self):
        return 99
    def __abs__(self):
        return "abs!"
print(len(Big()), hash(Big()), abs(Big()))
print(callable(help), callable(input), callable(__import__))
print(type(NotImplemented).__name__, Ellipsis, ... is Ellipsis, __name__)
print(IOError is OSError, EnvironmentError is OSError)
import builtins
print(builtins.len is len, builtins.__name__)

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: len(5))
err(lambda: hash([]))
err(lambda: hash({}))
err(lambda: all(1))
err(lambda: any(None))
err(lambda: len())
