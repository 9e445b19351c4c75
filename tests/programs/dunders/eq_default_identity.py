# Without __eq__, == compares identity; a custom __ne__ is honored independently.
class Plain:
    pass


class Odd:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return True


p = Plain()
q = Plain()
print(p == p, p == q, p != q, p != p)
print(p in [q, p], p in [q])
o = Odd()
print(o == 1, o != 1, o == o, o != o)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | True False True False
# | True False
# | True True True True
