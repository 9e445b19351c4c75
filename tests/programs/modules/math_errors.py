# math: CPython's exception types and messages for domain, range and type errors.
import math

def attempt(f, *args):
    try:
        print(f.__name__, "->", f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

attempt(math.sqrt, -1)
attempt(math.sqrt, "x")
attempt(math.log, 0)
attempt(math.log, -1.5)
attempt(math.log, 1, 1)
attempt(math.log, 2, 0)
attempt(math.log)
attempt(math.exp, 1000)
attempt(math.pow, 0, -1)
attempt(math.pow, -1, 0.5)
attempt(math.pow, 10, 1000)
attempt(math.pow, 1)
attempt(math.acos, 2)
attempt(math.cos, math.inf)
attempt(math.atanh, 1)
attempt(math.fmod, 1, 0)
attempt(math.ldexp, 1, 10000)
attempt(math.ldexp, 1.0, 1.5)
attempt(math.floor, math.inf)
attempt(math.ceil, math.nan)
attempt(math.floor, "3")
attempt(math.trunc, "3")
attempt(math.factorial, -1)
attempt(math.factorial, 5.0)
attempt(math.gcd, 1.5)
attempt(math.isqrt, -4)
attempt(math.comb, -1, 2)
attempt(math.comb, 3, -1)
attempt(math.perm, -1)
attempt(math.fsum, [1e308, 1e308])
attempt(math.fsum, [math.inf, -math.inf])
attempt(math.sqrt, 10**400)
attempt(math.sqrt, 1, 2)
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print("isclose", e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | sqrt ValueError math domain error
# | sqrt TypeError must be real number, not str
# | log ValueError math domain error
# | log ValueError math domain error
# | log ZeroDivisionError float division by zero
# | log ValueError math domain error
# | log TypeError math.log requires 1 to 2 arguments
# | exp OverflowError math range error
# | pow ValueError math domain error
# | pow ValueError math domain error
# | pow OverflowError math range error
# | pow TypeError pow expected 2 arguments, got 1
# | acos ValueError math domain error
# | cos ValueError math domain error
# | atanh ValueError math domain error
# | fmod ValueError math domain error
# | ldexp OverflowError math range error
# | ldexp TypeError Expected an int as second argument to ldexp.
# | floor OverflowError cannot convert float infinity to integer
# | ceil ValueError cannot convert float NaN to integer
# | floor TypeError must be real number, not str
# | trunc TypeError type str doesn't define __trunc__ method
# | factorial ValueError factorial() not defined for negative values
# | factorial TypeError 'float' object cannot be interpreted as an integer
# | gcd TypeError 'float' object cannot be interpreted as an integer
# | isqrt ValueError isqrt() argument must be nonnegative
# | comb ValueError n must be a non-negative integer
# | comb ValueError k must be a non-negative integer
# | perm ValueError factorial() not defined for negative values
# | fsum OverflowError intermediate overflow in fsum
# | fsum ValueError -inf + inf in fsum
# | sqrt OverflowError int too large to convert to float
# | sqrt TypeError math.sqrt() takes exactly one argument (2 given)
# | isclose tolerances must be non-negative
