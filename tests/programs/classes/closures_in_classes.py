# Methods returning closures that capture self and locals; nonlocal inside methods.
class Multiplier:
    def __init__(self, k):
        self.k = k

    def make(self):
        def f(x):
            return x * self.k
        return f

    def counter(self):
        n = 0

        def inc():
            nonlocal n
            n += self.k
            return n
        return inc


m = Multiplier(3)
f = m.make()
print(f(5))
m.k = 10
print(f(5))
c = m.counter()
print(c(), c(), c())
m2 = Multiplier(1)
fs = [m2.make(), m.make()]
print([g(2) for g in fs])
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 15
# | 50
# | 10 20 30
# | [2, 20]
