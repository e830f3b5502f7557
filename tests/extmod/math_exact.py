# math and float basics whose exact results print the same with single or double floats
# (run on the micro:bit too).
import math

print(math.sqrt(4), math.sqrt(0.25), math.log2(8), math.log2(0.125), math.log10(1000), math.log10(0.01))
print(math.exp(0), math.log(1), math.sin(0), math.cos(0), math.atan(0), math.pow(2, 10), 2 ** 10, 2.0 ** -3, 10 ** -3)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(7.0), math.ceil(1e-30), round(2.5), round(3.5), round(-0.5))
print(math.fmod(7, 3), math.fmod(-7, 3), math.copysign(3, -0.0), math.fabs(-1.5))
print(math.frexp(8), math.frexp(-0.375), math.frexp(0.0), math.ldexp(0.75, 4), math.modf(-3.5), math.modf(2.0))
print(math.hypot(3, 4), math.hypot(), math.atan2(0.0, -1.0) == math.pi, math.atan2(-0.0, 1.0), math.acos(1), math.asin(0.0))
print(math.pi == 3.141592653589793, 1 / 2, 7 / 4, float("1.5"), int(2.7), int(-2.7), "%.2f" % math.pi, "{:.3f}".format(math.e), "%.3e" % 12345.678)
print(math.isinf(-math.inf), math.isnan(math.nan), math.sqrt(math.inf), math.exp(-math.inf), math.atan(math.inf) == math.pi / 2)
print(int(1e10), int(-3.0 * 2 ** 70) == -3 * 2 ** 70)
print(4 ** 0.5, 16 ** -0.5, 2 ** -1, (-8) ** 3, (-2.0) ** 3, 0.0 ** 0, 1.0 ** math.nan)
print(math.pow(0.0, -math.inf), math.pow(-0.0, -math.inf), math.pow(-math.inf, 0.5), math.pow(-math.inf, -0.5), math.pow(-math.inf, 3), math.pow(-1, math.inf))
