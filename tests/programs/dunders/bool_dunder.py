# __bool__ controls truthiness in if, while, not, and/or, bool() and filter().
class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("bool called", self.on)
        return self.on

    def __repr__(self):
        return "Flag(" + str(self.on) + ")"


t = Flag(True)
f = Flag(False)
if t:
    print("t is truthy")
if not f:
    print("f is falsy")
print(bool(t), bool(f))
print(f or "fallback")
print(t and "both")
print(list(filter(None, [t, f, Flag(True)])))
n = Flag(True)
count = 0
while n:
    count += 1
    if count == 3:
        n.on = False
print(count)


class Plain:
    pass


print(bool(Plain()))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | bool called True
# | t is truthy
# | bool called False
# | f is falsy
# | bool called True
# | bool called False
# | True False
# | bool called False
# | fallback
# | bool called True
# | both
# | bool called True
# | bool called False
# | bool called True
# | [Flag(True), Flag(True)]
# | bool called True
# | bool called True
# | bool called True
# | bool called False
# | 3
# | True
