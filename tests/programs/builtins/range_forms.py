# range with one, two and three arguments, including negative steps and empty ranges.
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)))
print(list(range(10, 0, -2)), list(range(-3, 3)), list(range(5, 5)), list(range(5, 0)))
print(list(range(0, -10, -3)), list(range(3, -3, -1)))
print(range(5), range(1, 10, 2), range(0, -5, -1))
try:
    range(1, 5, 0)
except ValueError as e:
    print(e)
total = 0
for i in range(1, 101):
    total += i
print(total)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | [0, 1, 2, 3, 4] [2, 3, 4, 5] [0, 3, 6, 9]
# | [10, 8, 6, 4, 2] [-3, -2, -1, 0, 1, 2] [] []
# | [0, -3, -6, -9] [3, 2, 1, 0, -1, -2]
# | range(0, 5) range(1, 10, 2) range(0, -5, -1)
# | range() arg 3 must not be zero
# | 5050
