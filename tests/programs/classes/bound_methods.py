# Bound methods are first-class: stored, passed to map, and keep their instance.
class Acc:
    def __init__(self, start):
        self.total = start

    def add(self, n):
        self.total += n
        return self.total


a = Acc(10)
b = Acc(100)
f = a.add
g = b.add
print(f(1), f(2), g(3))
print(a.total, b.total)
print(list(map(a.add, [1, 1, 1])))
ops = [a.add, b.add]
for op in ops:
    print(op(1000))
print(Acc.add(a, 5))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 11 13 103
# | 13 103
# | [14, 15, 16]
# | 1016
# | 1103
# | 1021
