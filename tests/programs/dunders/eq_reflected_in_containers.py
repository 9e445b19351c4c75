# `x in list`, list.count and == between an int and a user instance reach the
# instance's __eq__ through the reflected comparison, as CPython does.
class Eq:
    def __eq__(self, other):
        print("eq", other)
        return False
print(Eq() in [1, 2])
print([1, 2].index(2))
print(1 == Eq())
print([1, Eq()].count(1))
d = {1: 2}
print(Eq() in (1, 2))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | eq 1
# | eq 2
# | False
# | 1
# | eq 1
# | False
# | eq 1
# | 1
# | eq 1
# | eq 2
# | False
