# __iter__ written as a generator method, plus other generator methods on a class.
class Deck:
    def __init__(self, ranks, suits):
        self.ranks = ranks
        self.suits = suits

    def __iter__(self):
        for s in self.suits:
            for r in self.ranks:
                yield r + s

    def of_suit(self, suit):
        return (r + suit for r in self.ranks)

    def every_other(self):
        for i, card in enumerate(self):
            if i % 2 == 0:
                yield card


d = Deck(["A", "K", "Q"], ["h", "s"])
print(list(d))
print(list(d.of_suit("d")))
print(list(d.every_other()))
print(len(list(d)), "Kh" in d, "Kx" in d)
for c in d:
    if c.startswith("Q"):
        print("first queen", c)
        break
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | ['Ah', 'Kh', 'Qh', 'As', 'Ks', 'Qs']
# | ['Ad', 'Kd', 'Qd']
# | ['Ah', 'Qh', 'Ks']
# | 6 True False
# | first queen Qh
