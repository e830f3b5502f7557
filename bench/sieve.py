# List indexing: a sieve of Eratosthenes and a running-sum pass over it.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return flags

def count(n):
    flags = sieve(n)
    total = 0
    for i in range(len(flags)):
        if flags[i]:
            total += i
    return total

print(sum(count(50000) for _ in range(25)))
