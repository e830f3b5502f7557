# async def / await / async for / async with driven by hand with send(None)
class Awaitable:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        print("await", self.v)
        yield self.v
        return self.v * 10

async def add(a, b):
    return a + b

class AIter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > self.n:
            raise StopAsyncIteration
        return self.i

class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress

def run(coro):
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        print("result", e.value)

async def main():
    print(await add(1, 2))
    print(await Awaitable(4))
    async for v in AIter(3):
        print("v", v)
    else:
        print("else")
    async for v in AIter(5):
        if v == 2:
            continue
        if v == 4:
            break
        print("w", v)
    else:
        print("not printed")
    async for a in AIter(2):
        async for b in AIter(2):
            print("nested", a, b)
    async with ACM("a") as x:
        print("body", x)
    async with ACM("b", True):
        raise ValueError("suppressed")
    try:
        async with ACM("c") as x, ACM("d") as y:
            print("two", x, y)
            raise KeyError("k")
    except KeyError as e:
        print("caught", repr(e))
    for i in range(3):
        async with ACM("loop"):
            if i == 1:
                break
    return "done"

run(main())

async def ret():
    async with ACM("r"):
        return 5
run(ret())

async def gen_in_for():
    total = 0
    async for v in AIter(4):
        total += v
    return total
run(gen_in_for())
