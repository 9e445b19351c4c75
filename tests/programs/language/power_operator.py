# The ** operator: right associativity, unary minus precedence, negative exponents give floats.
print(2 ** 10, 2 ** 0, 0 ** 0, 1 ** 1000)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, (-2) ** 3)
print(2 ** -1, 2 ** -2, 10 ** -3)
print(4 ** 0.5, 2.0 ** 3, 9 ** 0.5)
print(pow(3, 4), pow(2, -1), pow(3, 4, 5), pow(-3, 3, 7))
print(type(2 ** 5).__name__, type(2 ** -5).__name__)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 1024 1 1 1
# | 512 64
# | -4 4 -8
# | 0.5 0.25 0.001
# | 2.0 8.0 3.0
# | 81 0.5 1 1
# | int float
