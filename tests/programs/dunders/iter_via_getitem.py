# Iteration falls back to __getitem__ with 0, 1, 2, ... until IndexError.
class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError("done")
        return i * i


for v in Squares(4):
    print(v)
print(list(Squares(6)))
print(sum(Squares(10)))
a, b, c = Squares(3)
print(a, b, c)
print(sorted(Squares(5), reverse=True))
it = iter(Squares(2))
print(next(it), next(it), next(it, "end"))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 0
# | 1
# | 4
# | 9
# | [0, 1, 4, 9, 16, 25]
# | 285
# | 0 1 4
# | [16, 9, 4, 1, 0]
# | 0 1 end
