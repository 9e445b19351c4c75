# Float floor division/modulo, truncation by int(), round(x, n), inf and nan behaviour.
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2)
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e20))
print(round(3.14159, 2), round(2.675, 1), round(-1.5), round(1.5), round(123.456, -1))
print(round(7.0), type(round(7.4)).__name__, type(round(7.4, 1)).__name__)
inf = float('inf')
nan = float('nan')
print(inf > 1e308, -inf < -1e308, inf == inf, inf + 1, inf - inf)
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(1.0 == 1, 0.5 + 0.5 == 1, 3 * 0.5, 1 - 0.75)
print(abs(-2.5), -(-2.5), float(7), 7 / 7)
print(2.5 * 4 // 3, 10.0 % 3, -10.0 % 3)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 3.0 1.5 -4.0 0.5 -4.0 -0.5
# | 3 -3 0 0 100000000000000000000
# | 3.14 2.7 -2 2 120.0
# | 7 int float
# | True True True inf nan
# | False True False False
# | True True 1.5 0.25
# | 2.5 2.5 7.0 1.0
# | 3.0 1.0 2.0
