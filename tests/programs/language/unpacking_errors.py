# Unpacking with the wrong number of values raises ValueError.
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
a, b = "xyz"
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | too many values to unpack (expected 2)
# | not enough values to unpack (expected 3, got 2)
# | not enough values to unpack (expected at least 2, got 1)
# stderr-last: ValueError: too many values to unpack (expected 2)
