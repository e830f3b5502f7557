# print(): sep, end, file= objects with a write method, flush, str() of arguments.
print()
print(1, "two", 3.0, None, True, [1, "x"], {"k": (1,)})
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" then newline")
print("x", "y", sep=None, end=None)
print(*range(5), sep="-")
print(*[], sep="-", end="|\n")
print("multi\nline", "é€", sep="\t")

class Tagged:
    def __str__(self):
        return "<tagged>"
    def __repr__(self):
        return "Tagged()"
print(Tagged(), [Tagged()])

class Sink:
    def __init__(self):
        self.parts = []
        self.flushed = 0
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.flushed += 1

s = Sink()
print("hello", 42, file=s)
print("a", "b", sep="+", end="!", file=s)
print(file=s, flush=True)
print(s.parts, s.flushed)
print("to stdout", file=None)

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: print(sep=1))
err(lambda: print(end=[]))
err(lambda: print(bogus=1))
err(lambda: print("x", file=5))

# print follows sys.stdout when it is rebound
import sys
saved = sys.stdout
cap = Sink()
sys.stdout = cap
print("captured", 1)
print("partial", end="", flush=True)
sys.stdout = saved
print(cap.parts, cap.flushed)
print("explicit stdout", file=sys.stdout)

# an argument whose str() fails leaves nothing of itself on stdout
class BadRepr:
    def __repr__(self):
        raise ValueError("bad repr")
try:
    print(1, [2, BadRepr()], 3)
except ValueError as e:
    print()
    print("caught", e)
