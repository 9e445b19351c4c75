# __contains__ implements `in` / `not in`; the result is converted to bool.
class Range:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def __contains__(self, x):
        print("contains", x)
        return self.lo <= x < self.hi


class Weird:
    def __contains__(self, x):
        return x * 2


r = Range(1, 5)
print(3 in r, 5 in r, 0 not in r)
print(1 in Weird(), 0 in Weird())
print([x for x in range(7) if x in r])
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | contains 3
# | contains 5
# | contains 0
# | True False True
# | True False
# | contains 0
# | contains 1
# | contains 2
# | contains 3
# | contains 4
# | contains 5
# | contains 6
# | [1, 2, 3, 4]
