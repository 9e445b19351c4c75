# __getitem__, __setitem__ and __delitem__ with int and string keys; KeyError propagation.
class Store:
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        print("get", repr(key))
        return self.data[key]

    def __setitem__(self, key, value):
        print("set", repr(key), value)
        self.data[key] = value

    def __delitem__(self, key):
        print("del", repr(key))
        del self.data[key]


s = Store()
s["a"] = 1
s[2] = "two"
print(s["a"], s[2])
s["a"] += 10
print(s["a"])
del s["a"]
try:
    s["a"]
except KeyError as e:
    print("KeyError:", e)
s[(1, 2)] = "tuple"
print(s[1, 2])
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | set 'a' 1
# | set 2 two
# | get 'a'
# | get 2
# | 1 two
# | get 'a'
# | set 'a' 11
# | get 'a'
# | 11
# | del 'a'
# | get 'a'
# | KeyError: 'a'
# | set (1, 2) tuple
# | get (1, 2)
# | tuple
