# math: constants, libm wrappers, rounding to ints, logs (big ints too), fsum, hypot, predicates.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.sqrt(10**30), math.sqrt(-0.0))
print(math.floor(-2.5), math.ceil(-2.5), math.floor(7), math.ceil(True), math.trunc(-3.9), math.trunc(5))
print(math.floor(1e20), math.ceil(-1e25), type(math.floor(2.0)).__name__)
print(math.fabs(-3), math.pow(2, 10), math.pow(2.5, -1.5), math.pow(float("inf"), -1), math.pow(-8, 1/3 * 3))
print(math.exp(1), math.exp(-745.2), math.log(100), math.log(8, 2), math.log(100, 10), math.log2(1024), math.log10(0.001))
print(math.log(10**400), math.log2(2**5000), math.log10(10**500), math.log(2**2000, 2))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(-1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.hypot(3, 4), math.hypot(3, 4, 5), math.hypot(), math.hypot(-3), math.hypot(1e200, 1e200), math.hypot(0.1, 0.2, 0.3))
print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], [1, 1, 1]))
print(math.degrees(math.pi), math.radians(180), math.degrees(1))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1, 1e100, 1, -1e100] * 1000), math.fsum([]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([float("inf"), 1]), math.fsum(range(10)))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 21)), math.prod([2, 3], start=10))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3), math.modf(3.75), math.modf(-2.5))
print(math.frexp(8), math.frexp(0.1), math.frexp(0), math.ldexp(0.5, 4), math.ldexp(1, -1080))
print(math.cbrt(27), math.exp2(10), math.expm1(1e-10), math.log1p(1e-10))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 3.141592653589793 2.718281828459045 6.283185307179586 inf -inf nan
# | 1.4142135623730951 4.0 1000000000000000.0 -0.0
# | -3 -2 7 1 -3 5
# | 100000000000000000000 -10000000000000000905969664 int
# | 3.0 1024.0 0.25298221281347033 0.0 -8.0
# | 2.718281828459045 0.0 4.605170185988092 3.0 2.0 10.0 -3.0
# | 921.0340371976182 5000.0 500.0 2000.0000000000002
# | 0.8414709848078965 0.5403023058681398 1.5574077246549023 0.5235987755982989 1.0471975511965979 0.7853981633974483 -2.356194490192345
# | 1.1752011936438014 1.5430806348152437 0.7615941559557649 0.881373587019543 1.3169578969248166 0.5493061443340548
# | 5.0 7.0710678118654755 0.0 3.0 1.414213562373095e+200 0.3741657386773941
# | 5.0 1.7320508075688772
# | 180.0 3.141592653589793 57.29577951308232
# | 1.0 0.9999999999999999 2000.0 0.0
# | 1.0000000000000002e+16 inf 45.0
# | 24 1 10.0 2432902008176640000 60
# | True False True True
# | True True True False
# | -3.0 1.0 -1.0 1.0 (0.75, 3.0) (-0.5, -2.0)
# | (0.5, 4) (0.8, -3) (0.0, 0) 8.0 0.0
# | 3.0000000000000004 1024.0 1.00000000005e-10 9.999999999500001e-11
