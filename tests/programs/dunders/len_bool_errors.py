# __len__/__bool__ returning wrong values raise TypeError/ValueError; missing __len__ too.
class NegLen:
    def __len__(self):
        return -1


class StrLen:
    def __len__(self):
        return "3"


class IntBool:
    def __bool__(self):
        return 1


class NoLen:
    pass


tests = [
    ("neg len", lambda: len(NegLen())),
    ("str len", lambda: len(StrLen())),
    ("int bool", lambda: bool(IntBool())),
    ("no len", lambda: len(NoLen())),
    ("neg len truth", lambda: bool(NegLen())),
]
for name, fn in tests:
    try:
        print(name, fn())
    except (TypeError, ValueError) as e:
        print(name, type(e).__name__ + ":", e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | neg len ValueError: __len__() should return >= 0
# | str len TypeError: 'str' object cannot be interpreted as an integer
# | int bool TypeError: __bool__ should return bool, returned int
# | no len TypeError: object of type 'NoLen' has no len()
# | neg len truth ValueError: __len__() should return >= 0
