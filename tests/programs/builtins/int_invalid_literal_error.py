# int() of a non-numeric string raises ValueError.
print(int("12"))
int("x")
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | 12
# stderr-last: ValueError: invalid literal for int() with base 10: 'x'
