# __iadd__ mutates in place for +=; without it, += falls back to __add__ (new object).
class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __iadd__(self, other):
        print("__iadd__")
        self.items.extend(other)
        return self


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        print("__add__")
        return Num(self.v + o)


b = Bag([1])
alias = b
b += [2, 3]
print(b.items, b is alias)
n = Num(1)
keep = n
n += 5
print(n.v, keep.v, n is keep)


class Weird:
    def __iadd__(self, o):
        return "replaced"


w = Weird()
w += 1
print(w)
lst = [Num(0)]
lst[0] += 7
print(lst[0].v)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | __iadd__
# | [1, 2, 3] True
# | __add__
# | 6 1 False
# | replaced
# | __add__
# | 7
