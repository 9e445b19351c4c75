# When only one side defines a comparison, Python tries the reflected method of the other side.
def val(o):
    if hasattr(o, "v"):
        return o.v
    return o


class Big:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("Big.__lt__")
        return self.v < val(other)

    def __gt__(self, other):
        print("Big.__gt__")
        return self.v > val(other)

    def __eq__(self, other):
        print("Big.__eq__")
        return self.v == val(other)


class Plain:
    v = 5


b = Big(10)
print(3 < b)
print(3 > b)
print(20 == b)
print(10 == b)
print(Plain() < b)
print(b > Plain())
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | Big.__gt__
# | True
# | Big.__lt__
# | False
# | Big.__eq__
# | False
# | Big.__eq__
# | True
# | Big.__gt__
# | True
# | Big.__gt__
# | True
