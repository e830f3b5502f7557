import cmath


def r(z):
    # rounded, so that libm differences in the last bit do not show
    if isinstance(z, complex):
        return complex(round(z.real, 10), round(z.imag, 10))
    return round(z, 10)


vals = [1 + 2j, -1 - 1j, 0.5j, 3, -4.0, 2 - 0.25j, -0.75 + 0.5j]
for name in ("sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
             "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"):
    f = getattr(cmath, name)
    print(name, [r(f(v)) for v in vals])
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(0j), cmath.sqrt(-0.0))
print(r(cmath.log(8, 2)), r(cmath.log(1j, 10)), r(cmath.log(-1)))
print(r(cmath.phase(-1)), r(cmath.phase(1j)), cmath.phase(-1 - 0j), cmath.phase(0))
print([r(x) for x in cmath.polar(3 + 4j)], cmath.polar(-2))
print(r(cmath.rect(2, 0)), r(cmath.rect(1, cmath.pi / 2)), cmath.rect(0, 0), cmath.rect(-1, 0))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.isfinite(1 + 1j), cmath.isfinite(complex(cmath.inf, 0)), cmath.isinf(cmath.infj),
      cmath.isinf(1), cmath.isnan(cmath.nanj), cmath.isnan(2j))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2),
      cmath.isclose(0, 1e-10j, abs_tol=1e-9), cmath.isclose(cmath.infj, cmath.infj))
print(cmath.exp(complex(cmath.inf, 0)), cmath.sqrt(complex(cmath.inf, -1)))


class F:
    def __float__(self):
        return 2.25


print(cmath.sqrt(F()), cmath.sqrt(True))
for f in (lambda: cmath.log(0), lambda: cmath.exp(1000), lambda: cmath.cosh(1000 + 1j),
          lambda: cmath.sqrt("x"), lambda: cmath.atanh(1), lambda: cmath.log(1, 1),
          lambda: cmath.rect(1, cmath.inf), lambda: cmath.isclose(1, 2, rel_tol=-1),
          lambda: cmath.log10(0), lambda: cmath.phase(None), lambda: cmath.sqrt()):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e if not isinstance(e, TypeError) else "")
