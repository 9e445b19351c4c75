# Slicing a user object passes a slice object to __getitem__/__setitem__/__delitem__.
class Seq:
    def __init__(self, items):
        self.items = list(items)

    def __getitem__(self, k):
        if isinstance(k, slice):
            print("slice", k.start, k.stop, k.step)
            return Seq(self.items[k])
        return self.items[k]

    def __setitem__(self, k, v):
        print("setitem slice" if isinstance(k, slice) else "setitem int")
        self.items[k] = v

    def __delitem__(self, k):
        print("delitem", type(k).__name__)
        del self.items[k]

    def __repr__(self):
        return "Seq(" + repr(self.items) + ")"


s = Seq(range(10))
print(s[2:5])
print(s[::3])
print(s[-3:])
print(s[:])
print(s[1:8:2][1])
s[0:2] = ["a", "b", "c"]
print(s)
del s[::2]
print(s)
s[0] = "first"
print(s[0])
print(repr(slice(1, 2)), slice(None, 5).stop)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | slice 2 5 None
# | Seq([2, 3, 4])
# | slice None None 3
# | Seq([0, 3, 6, 9])
# | slice -3 None None
# | Seq([7, 8, 9])
# | slice None None None
# | Seq([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
# | slice 1 8 2
# | 3
# | setitem slice
# | Seq(['a', 'b', 'c', 2, 3, 4, 5, 6, 7, 8, 9])
# | delitem slice
# | Seq(['b', 2, 4, 6, 8])
# | setitem int
# | first
# | slice(1, 2, None) 5
