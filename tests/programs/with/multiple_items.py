# `with a, b:` enters left to right and exits in reverse order.
class C:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return False


with C("a") as x, C("b") as y, C("c"):
    print("body", x, y)
try:
    with C("outer"), C("inner"):
        raise KeyError("k")
except KeyError as e:
    print("caught KeyError", e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | enter a
# | enter b
# | enter c
# | body A B
# | exit c None
# | exit b None
# | exit a None
# | enter outer
# | enter inner
# | exit inner KeyError
# | exit outer KeyError
# | caught KeyError 'k'
