# Binary arithmetic dunders: __add__, __sub__, __mul__, __truediv__, __floordiv__, __mod__, __pow__.
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __truediv__(self, k):
        return V(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)

    def __mod__(self, k):
        return V(self.x % k, self.y % k)

    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)

    def __repr__(self):
        return "V(" + str(self.x) + ", " + str(self.y) + ")"


a = V(7, 9)
b = V(1, 2)
print(a + b, a - b, a * 3)
print(a / 2, a // 2, a % 4, b ** 3)
print(a + b * 2 - V(1, 1))
print(sum([V(1, 1), V(2, 2)], V(0, 0)))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | V(8, 11) V(6, 7) V(21, 27)
# | V(3.5, 4.5) V(3, 4) V(3, 1) V(1, 8)
# | V(8, 12)
# | V(3, 3)
