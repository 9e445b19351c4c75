# If the right operand is a subclass overriding the reflected method, it is tried first.
class Base:
    def __add__(self, o):
        return "Base.__add__"

    def __radd__(self, o):
        return "Base.__radd__"


class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__"


class Same(Base):
    pass


print(Base() + Derived())
print(Derived() + Base())
print(Base() + Same())
print(Base() + Base())
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | Derived.__radd__
# | Base.__add__
# | Base.__add__
# | Base.__add__
