# __repr__ and __str__: print and str() use __str__, repr() and containers use __repr__.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return "Money(" + str(self.cents) + ")"

    def __str__(self):
        return "$" + str(self.cents // 100) + "." + str(self.cents % 100)


m = Money(1250)
print(m)
print(str(m), repr(m))
print([m, Money(5)])
print((m,), {"k": m})
print(f"{m} and {repr(m)}")
print("total: " + str(m))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | $12.50
# | $12.50 Money(1250)
# | [Money(1250), Money(5)]
# | (Money(1250),) {'k': Money(1250)}
# | $12.50 and Money(1250)
# | total: $12.50
