# Truthiness via __len__ in any(), all(), conditional expressions and `or` chains.
class Box:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __repr__(self):
        return "Box(" + str(self.n) + ")"


boxes = [Box(0), Box(2), Box(0)]
print(any(boxes), all(boxes))
print([b for b in boxes if b])
print(Box(0) or Box(3) or Box(4))
print("yes" if Box(1) else "no", "yes" if Box(0) else "no")
print(not Box(0), not Box(5))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | True False
# | [Box(2)]
# | Box(3)
# | yes no
# | True False
