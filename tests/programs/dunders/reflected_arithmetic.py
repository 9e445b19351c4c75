# Reflected dunders (__radd__, __rsub__, __rmul__, ...) handle int on the left side.
class M:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        print("__add__")
        return M(self.v + (o.v if isinstance(o, M) else o))

    def __radd__(self, o):
        print("__radd__")
        return M(o + self.v)

    def __sub__(self, o):
        return M(self.v - o)

    def __rsub__(self, o):
        print("__rsub__")
        return M(o - self.v)

    def __mul__(self, o):
        return M(self.v * o)

    def __rmul__(self, o):
        print("__rmul__")
        return M(o * self.v)

    def __rtruediv__(self, o):
        return M(o / self.v)

    def __rfloordiv__(self, o):
        return M(o // self.v)

    def __rmod__(self, o):
        return M(o % self.v)

    def __rpow__(self, o):
        return M(o ** self.v)

    def __repr__(self):
        return "M(" + str(self.v) + ")"


m = M(4)
print(1 + m, 10 - m, 3 * m)
print(m + 1, m - 1, m * 3)
print(2 / m, 9 // m, 10 % m, 2 ** m)
print(sum([M(1), M(2), M(3)]))
print("ab" * 2, [0] * 2)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | __radd__
# | __rsub__
# | __rmul__
# | M(5) M(6) M(12)
# | __add__
# | M(5) M(3) M(12)
# | M(0.5) M(2) M(2) M(16)
# | __radd__
# | __add__
# | __add__
# | M(6)
# | abab [0, 0]
