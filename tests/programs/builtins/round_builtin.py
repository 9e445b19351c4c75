# round(): banker's rounding for halves, ndigits positive and negative.
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(-0.5))
print(round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1.005, 2))
print(round(1234.5678, 2), round(1234.5678, -2), round(1250, -2), round(1350, -2))
print(round(7), round(-7), round(7, 2), round(2 ** 70 + 1, -5))
print(round(3.14159, 0), round(-3.7), round(1e20))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 2 4 -2 0 2 0
# | 0.12 0.38 2.67 1.0
# | 1234.57 1200.0 1200 1400
# | 7 -7 7 1180591620717411300000
# | 3.0 -4 100000000000000000000
# | int float
