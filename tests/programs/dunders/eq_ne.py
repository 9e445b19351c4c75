# __eq__ drives == and, by default, != is its inverse; list ==, in and count use it.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        if not isinstance(other, P):
            return NotImplemented
        return self.x == other.x and self.y == other.y


a = P(1, 2)
b = P(1, 2)
c = P(2, 1)
print(a == b, a != b, a == c, a != c)
print(a is b)
print([a, c] == [b, c])
print(b in [c, a], [a, b, c].count(P(1, 2)))
print([c, a].index(b))
print(a == 5, a != 5, 5 == a)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | True False False True
# | False
# | True
# | True 2
# | 1
# | False True False
