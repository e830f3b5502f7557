# Integer loops: nested while/for loops with small-int arithmetic and comparisons.
def collatz_total(limit):
    total = 0
    for n in range(1, limit):
        steps = 0
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            steps += 1
        total += steps
    return total

print(collatz_total(100000))
