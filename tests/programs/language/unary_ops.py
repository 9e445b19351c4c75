# Unary minus, plus, invert and not on ints, floats and bools.
x = 5
print(-x, +x, ~x, not x)
print(- -x, -(-x), --x, ~~x)
print(-0, -0.0, +(-3.5), not 0, not 0.0, not "")
print(-True, +False, ~True, not None)
print(-(2 ** 70), -(-(2 ** 70)))
print(not [], not [0], not {}, not (1,))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | -5 5 -6 False
# | 5 5 5 5
# | 0 -0.0 -3.5 True True True
# | -1 0 -2 True
# | -1180591620717411303424 1180591620717411303424
# | True False True False
