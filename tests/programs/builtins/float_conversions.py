# float() from strings and ints, including inf, nan and exponents.
print(float("1.5"), float("  -2.25 "), float("1e3"), float("inf"), float("-Infinity"))
print(float("nan"), float(3), float(-0), float("0.1"), float(".5"), float("5."))
print(float(2 ** 60), float("1_000.5"), float(True), float())
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    float(2 ** 2000)
except OverflowError as e:
    print(e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 1.5 -2.25 1000.0 inf -inf
# | nan 3.0 0.0 0.1 0.5 5.0
# | 1.152921504606847e+18 1000.5 1.0 0.0
# | could not convert string to float: 'abc'
# | int too large to convert to float
