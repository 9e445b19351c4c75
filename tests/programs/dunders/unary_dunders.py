# Unary dunders __neg__, __pos__, __abs__ and __invert__.
class Z:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return Z(-self.v)

    def __pos__(self):
        print("pos")
        return self

    def __abs__(self):
        return Z(abs(self.v))

    def __invert__(self):
        return Z(~self.v)

    def __repr__(self):
        return "Z(" + str(self.v) + ")"


z = Z(-5)
print(-z, +z, abs(z), ~z)
print(-(-z), abs(-abs(z)))
print([abs(Z(i)) for i in range(-2, 3)])
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | pos
# | Z(5) Z(-5) Z(5) Z(4)
# | Z(-5) Z(5)
# | [Z(2), Z(1), Z(0), Z(1), Z(2)]
