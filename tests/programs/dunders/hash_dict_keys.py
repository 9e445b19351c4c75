# __hash__ with __eq__ lets equal objects act as the same dict key and set member.
class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return isinstance(other, Key) and self.a == other.a and self.b == other.b

    def __hash__(self):
        return self.a * 31 + self.b

    def __repr__(self):
        return "Key(" + str(self.a) + "," + str(self.b) + ")"


d = {}
d[Key(1, 2)] = "first"
d[Key(3, 4)] = "second"
d[Key(1, 2)] = "replaced"
print(len(d), d[Key(1, 2)], d[Key(3, 4)])
print(Key(1, 2) in d, Key(2, 1) in d)
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s), Key(2, 2) in s)
print(hash(Key(2, 3)))
print(sorted(d.values()))
print(d)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 2 replaced second
# | True False
# | 2 True
# | 65
# | ['replaced', 'second']
# | {Key(1,2): 'replaced', Key(3,4): 'second'}
