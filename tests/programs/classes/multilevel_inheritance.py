# Three-level inheritance: lookups walk up the chain; super() chains each level.
class A:
    def __init__(self):
        self.trail = ["A"]

    def who(self):
        return "A"

    def only_a(self):
        return "only in A"


class B(A):
    def __init__(self):
        super().__init__()
        self.trail.append("B")

    def who(self):
        return "B>" + super().who()


class C(B):
    def __init__(self):
        super().__init__()
        self.trail.append("C")

    def who(self):
        return "C>" + super().who()


c = C()
print(c.trail)
print(c.who())
print(c.only_a())
print(isinstance(c, A), isinstance(c, B), isinstance(c, C))
print(issubclass(C, A), issubclass(A, C))
b = B()
print(b.trail, b.who())
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | ['A', 'B', 'C']
# | C>B>A
# | only in A
# | True True True
# | True False
# | ['A', 'B'] B>A
