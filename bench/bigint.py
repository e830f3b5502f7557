# Big integers: digits of pi (spigot), factorials and modular powers.
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

d = pi_digits(2000)
f = fact(3000)
p = pow(3, 10**40, 10**30 + 57)
print(sum(d), f % 10**40, f.bit_length(), p)
