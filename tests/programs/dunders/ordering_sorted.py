# __lt__ lets sorted(), min(), max() and list.sort() order objects.
class Ver:
    def __init__(self, s):
        self.parts = [int(p) for p in s.split(".")]
        self.s = s

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "Ver(" + self.s + ")"


vs = [Ver("1.10"), Ver("1.2"), Ver("0.9.1"), Ver("1.2.1"), Ver("1.0")]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
vs.sort()
print(vs)
print(Ver("1.0") < Ver("1.1"), Ver("2.0") > Ver("1.1"))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | [Ver(0.9.1), Ver(1.0), Ver(1.2), Ver(1.2.1), Ver(1.10)]
# | [Ver(1.10), Ver(1.2.1), Ver(1.2), Ver(1.0), Ver(0.9.1)]
# | Ver(0.9.1) Ver(1.10)
# | [Ver(0.9.1), Ver(1.0), Ver(1.2), Ver(1.2.1), Ver(1.10)]
# | True True
