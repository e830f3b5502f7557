# The math module: values, domain and range errors, integer functions.
import math

def show(name, *args):
    try:
        r = getattr(math, name)(*args)
        if isinstance(r, float):
            r = round(r, 12)
        print(name, args, r)
    except Exception as e:
        print(name, args, type(e).__name__, e)

for x in [0.0, 0.5, 1.0, 2.0, 10.0]:
    for f in ["sqrt", "exp", "sin", "cos", "tan", "atan", "sinh", "cosh", "tanh", "asinh", "erf", "erfc", "fabs", "degrees", "radians", "expm1", "log1p"]:
        show(f, x)
for x in [-1.0, 0.0, 1e-300, 1.0, 100.0]:
    for f in ["log", "log2", "log10", "sqrt", "acos", "asin", "acosh", "atanh"]:
        show(f, x)
show("log", 8, 2)
show("log", 100, 10)
show("log", 2**1000)
show("log", 10**400, 10)
show("pow", 2, 10)
show("pow", 0.0, -1)
show("pow", -8, 1 / 3)
show("exp", 1000)
show("gamma", 5)
show("gamma", 0.5)
show("gamma", 0)
show("lgamma", 10)
show("atan2", 1, -1)
show("fmod", 7, 3)
show("fmod", -7, 3)
show("fmod", 1, 0)
show("remainder", 7, 4)
show("copysign", 3, -0.0)
show("ldexp", 0.75, 4)
show("frexp", 24.0)
show("modf", -3.25)
show("hypot", 3, 4)
show("hypot", 1, 2, 2)
show("dist", (0, 0), (3, 4))
show("fsum", [0.1] * 10)
show("fsum", [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])
for f in ["floor", "ceil", "trunc"]:
    for x in [2.5, -2.5, 7, True, 1e20]:
        show(f, x)
    show(f, float("inf"))
    show(f, float("nan"))
print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1.0), math.isfinite(math.inf))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6), math.gcd(2**100, 6**50), math.gcd(12, 18, 27))
print(math.lcm(4, 6), math.lcm(0, 5), math.lcm(3, 4, 5))
print(math.factorial(0), math.factorial(20), math.factorial(30))
print(math.comb(10, 3), math.comb(50, 25), math.perm(5, 2), math.perm(5), math.comb(3, 5))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**101))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2], start=2))
for bad in [lambda: math.factorial(-1), lambda: math.isqrt(-1), lambda: math.sqrt("x"), lambda: math.gcd(1.5, 2), lambda: math.factorial(2.5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
