# Unbounded __getitem__ recursion raises RecursionError (caught) rather than crashing.
class Loop:
    def __getitem__(self, i):
        return self[i + 1]


try:
    Loop()[0]
except RecursionError as e:
    print("RecursionError caught")


class Eq:
    def __eq__(self, other):
        return other == self


try:
    Eq() == Eq()
except RecursionError:
    print("RecursionError caught again")
print("still alive")
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | RecursionError caught
# | RecursionError caught again
# | still alive
