# float ** over the special values (C99 pow's nan/inf/signed-zero rules plus Python's
# ZeroDivisionError, OverflowError and complex results).
inf = float('inf'); nan = float('nan')
vals = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, inf, -inf, nan, 1e30, -1e30, 1e-30, 2.5, -2.5, 10.0, 7.0]
exps = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 3.0, -3.0, 0.5, -0.5, inf, -inf, nan, 1e10, -1e10, 2.5, 31.0, -31.0, 100.0, 1000.0, 0.1]
for v in vals:
    for w in exps:
        try:
            r = v ** w
            print(repr(v), repr(w), type(r).__name__, repr(r) if not isinstance(r, complex) else 'complex')
        except (ZeroDivisionError, OverflowError, ValueError) as e:
            print(repr(v), repr(w), type(e).__name__, e)
print(pow(2, -1), 2 ** 0.5, 10 ** -2, 2.0 ** 10, (-2.0) ** 3, type((-8) ** (1 / 3)).__name__)
