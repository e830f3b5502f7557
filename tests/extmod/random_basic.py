try:
    import urandom as random
except ImportError:
    import random

random.seed(42)
a = [random.getrandbits(16) for _ in range(10)]
random.seed(42)
b = [random.getrandbits(16) for _ in range(10)]
print(a == b)
print(all(0 <= x < 65536 for x in a))
for k in (0, 1, 5, 31, 32, 33, 64, 100):
    v = random.getrandbits(k)
    print(k, 0 <= v < (1 << k) if k else v == 0)
ok = True
for _ in range(300):
    ok = ok and 0 <= random.randrange(10) < 10
    ok = ok and 5 <= random.randrange(5, 9) < 9
    ok = ok and random.randrange(0, 20, 3) in range(0, 20, 3)
    ok = ok and random.randrange(20, 0, -4) in range(20, 0, -4)
    ok = ok and -3 <= random.randint(-3, 3) <= 3
    r = random.random()
    ok = ok and 0.0 <= r < 1.0
    u = random.uniform(2, 5)
    ok = ok and 2 <= u <= 5
    ok = ok and random.choice("abc") in "abc"
print(ok)
print(random.randint(7, 7), random.randrange(3, 4))
big = random.randrange(10 ** 30)
print(0 <= big < 10 ** 30)
seen = set(random.randrange(6) for _ in range(500))
print(sorted(seen))
random.seed("hello")
x = random.random()
random.seed("hello")
print(x == random.random())
random.seed()
random.seed(None)
random.seed(-5)
random.seed(2 ** 100)
for f in (lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
          lambda: random.randrange(10, 1), lambda: random.randint(5, 1), lambda: random.choice([]),
          lambda: random.getrandbits(-1), lambda: random.randrange(1.5),
          lambda: random.choice(5), lambda: random.getrandbits("x"), lambda: random.uniform("a", 1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e if isinstance(e, (ValueError, IndexError)) else "")
