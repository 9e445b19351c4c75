# @staticmethod: callable on the class and on instances, gets no self.
class MathUtil:
    factor = 3

    @staticmethod
    def add(a, b):
        return a + b

    @staticmethod
    def is_even(n):
        return n % 2 == 0

    def triple_sum(self, a, b):
        return MathUtil.add(a, b) * self.factor


print(MathUtil.add(2, 3))
m = MathUtil()
print(m.add(10, 20))
print(MathUtil.is_even(4), m.is_even(7))
print(m.triple_sum(1, 2))
f = MathUtil.add
print(f(100, 1))
print(list(filter(MathUtil.is_even, range(10))))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 5
# | 30
# | True False
# | 9
# | 101
# | [0, 2, 4, 6, 8]
