# Objects without __eq__/__hash__ hash by identity: distinct instances are distinct keys.
class Tok:
    def __init__(self, name):
        self.name = name


a = Tok("a")
b = Tok("a")
d = {a: 1, b: 2}
print(len(d), d[a], d[b])
s = set()
s.add(a)
s.add(a)
s.add(b)
print(len(s), a in s, Tok("a") in s)
print(hash(a) == hash(a))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 2 1 2
# | 2 True False
# | True
