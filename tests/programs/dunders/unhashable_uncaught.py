# Using an __eq__-only instance as a dict key ends the program with TypeError.
class Item:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n


print(Item(1) == Item(1))
d = {Item(1): "x"}
print(d)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | True
# stderr-last: TypeError: unhashable type: 'Item'
