# __lt__, __le__, __gt__, __ge__ are each called for their own operator; chained comparisons.
class N:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v

    def __le__(self, o):
        print("le", self.v, o.v)
        return self.v <= o.v

    def __gt__(self, o):
        print("gt", self.v, o.v)
        return self.v > o.v

    def __ge__(self, o):
        print("ge", self.v, o.v)
        return self.v >= o.v


a, b, c = N(1), N(2), N(3)
print(a < b, a <= b, a > b, a >= b)
print(a < b < c)
print(c < b < a)
print(a <= a >= a)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | lt 1 2
# | le 1 2
# | gt 1 2
# | ge 1 2
# | True True False False
# | lt 1 2
# | lt 2 3
# | True
# | lt 3 2
# | False
# | le 1 1
# | ge 1 1
# | True
