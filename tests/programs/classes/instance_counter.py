# A class attribute updated through the class name counts created instances.
class Widget:
    created = 0

    def __init__(self, label):
        Widget.created += 1
        self.serial = Widget.created
        self.label = label

    def __str__(self):
        return self.label + "#" + str(self.serial)


ws = [Widget(n) for n in ["a", "b", "c"]]
for w in ws:
    print(w)
print(Widget.created)
print(ws[0].created, ws[2].created)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | a#1
# | b#2
# | c#3
# | 3
# | 3 3
