# A class body runs like code: loops and expressions compute class attributes.
class Table:
    print("building Table")
    squares = [i * i for i in range(5)]
    total = 0
    for v in [1, 2, 3]:
        total += v
    label = "T" + str(total)

    def get(self, i):
        return self.squares[i]


print(Table.squares, Table.total, Table.label)
print(Table().get(3))
print(Table.v)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | building Table
# | [0, 1, 4, 9, 16] 6 T6
# | 9
# | 3
