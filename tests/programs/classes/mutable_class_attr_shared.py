# A mutable class attribute (list) is one object shared by every instance.
class Bag:
    items = []

    def __init__(self, name):
        self.name = name
        self.own = []

    def add(self, x):
        self.items.append(x)
        self.own.append(x)


a = Bag("a")
b = Bag("b")
a.add(1)
b.add(2)
a.add(3)
print(a.items, b.items, Bag.items)
print(a.own, b.own)
print(a.items is b.items)
a.items = ["fresh"]
print(a.items, b.items)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | [1, 2, 3] [1, 2, 3] [1, 2, 3]
# | [1, 3] [2]
# | True
# | ['fresh'] [1, 2, 3]
