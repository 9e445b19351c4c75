# math: integer functions on arbitrary-size ints (factorial, gcd, lcm, isqrt, comb, perm).
import math

print(math.factorial(0), math.factorial(1), math.factorial(20), math.factorial(30))
print(len(str(math.factorial(500))), math.factorial(True))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 8), math.gcd(0, 0), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(2**70, 3))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40 + 1), math.isqrt(2**127))
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(100, 50), math.comb(60, 30))
print(math.perm(5), math.perm(5, 2), math.perm(3, 5), math.perm(20, 10), math.perm(5, None))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 1 1 2432902008176640000 265252859812191058636308480000000
# | 1135 1
# | 0 12 12 6 2 0 1125899906842624
# | 1 12 12 60 0 3541774862152233910272
# | 0 3 4 100000000000000000000 13043817825332782212
# | 10 1 0 100891344545564193334812497256 118264581564861424
# | 120 20 0 670442572800 120
