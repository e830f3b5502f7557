# math's domain and range errors (ValueError / OverflowError with CPython's messages).
import math

for expr in ["math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.exp(1000)", "math.pow(0, -1)", "math.pow(-8, 1/3)",
             "math.asin(2)", "math.acos(2)", "math.log2(0)", "math.pow(10, 400)", "math.fmod(1, 0)",
             "math.sin(math.inf)", "math.ldexp(1.0, 100000)", "math.log10(-1)", "math.floor(math.inf)", "math.ceil(math.nan)"]:
    try:
        print(expr, eval(expr))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(expr, type(e).__name__, e)
