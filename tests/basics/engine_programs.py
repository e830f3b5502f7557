# small programs mixing closures, generators, classes and exceptions
class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def walk(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.walk(depth + 1)

tree = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b", [Node("b1", [Node("deep")])])])
for depth, value in tree.walk():
    print("  " * depth + value)
print(max(d for d, _ in tree.walk()))

def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), len(fib.cache))

def make_accumulators():
    total = 0
    history = []
    def add(v):
        nonlocal total
        total += v
        history.append(total)
        return total
    def snapshot():
        return total, tuple(history)
    return add, snapshot

add, snap = make_accumulators()
for v in (3, 4, 5):
    add(v)
print(snap())

class Stack:
    class Empty(Exception):
        pass

    def __init__(self):
        self._items = []

    def push(self, v):
        self._items.append(v)
        return self

    def pop(self):
        if not self._items:
            raise Stack.Empty("pop from empty stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        i = len(self._items)
        while i:
            i -= 1
            yield self._items[i]

s = Stack().push(1).push(2).push(3)
print(list(s), len(s), s.pop())
try:
    Stack().pop()
except Stack.Empty as e:
    print("Empty:", e)

def tokens(text):
    word = ""
    for ch in text:
        if ch.isalnum():
            word += ch
        else:
            if word:
                yield word
                word = ""
            if not ch.isspace():
                yield ch
    if word:
        yield word

def parse_expr(toks):
    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None
    def take():
        t = toks[pos[0]]
        pos[0] += 1
        return t
    pos = [0]
    def atom():
        t = take()
        if t == "(":
            v = expr()
            take()
            return v
        return int(t)
    def term():
        v = atom()
        while peek() in ("*", "/"):
            op = take()
            rhs = atom()
            v = v * rhs if op == "*" else v // rhs
        return v
    def expr():
        v = term()
        while peek() in ("+", "-"):
            op = take()
            rhs = term()
            v = v + rhs if op == "+" else v - rhs
        return v
    return expr()

for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / (4 - 2) - 7", "2 * (3 + (4 - 1)) * 2"]:
    print(src, "=", parse_expr(list(tokens(src))))
try:
    parse_expr(list(tokens("1 / 0")))
except ZeroDivisionError as e:
    print("error:", e)


def retry(times):
    def deco(fn):
        def run(*a):
            for attempt in range(1, times + 1):
                try:
                    return fn(attempt, *a)
                except ValueError as e:
                    print("attempt", attempt, "failed:", e)
            raise RuntimeError("gave up")
        return run
    return deco

@retry(3)
def flaky(attempt, x):
    if attempt < 3:
        raise ValueError(f"not yet ({x})")
    return x * 10

print(flaky(7))

@retry(2)
def hopeless(attempt):
    raise ValueError("never")

try:
    hopeless()
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__context__).__name__)

def running_mean():
    total = count = 0
    mean = None
    while True:
        x = yield mean
        total += x
        count += 1
        mean = total / count

rm = running_mean()
next(rm)
print([rm.send(v) for v in (10, 20, 30, 40)])

def chunked(seq, n):
    it = iter(seq)
    while True:
        chunk = []
        try:
            for _ in range(n):
                chunk.append(next(it))
        except StopIteration:
            if chunk:
                yield chunk
            return
        yield chunk

print(list(chunked(range(7), 3)))
print({k: [x for x in v if x % 2] for k, v in {"a": [1, 2, 3], "b": [4, 5]}.items()})
