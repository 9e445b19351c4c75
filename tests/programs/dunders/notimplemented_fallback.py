# Returning NotImplemented from __add__ makes Python try the other operand's __radd__.
class A:
    def __add__(self, o):
        print("A.__add__")
        if isinstance(o, A):
            return "A+A"
        return NotImplemented

    def __radd__(self, o):
        print("A.__radd__")
        return "x+A"


class B:
    def __add__(self, o):
        print("B.__add__")
        return NotImplemented

    def __radd__(self, o):
        print("B.__radd__")
        return "?+B"


print(A() + A())
print(A() + B())
print(B() + A())
print(5 + A())
try:
    print(A() + 5)
except TypeError as e:
    print("TypeError:", e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | A.__add__
# | A+A
# | A.__add__
# | B.__radd__
# | ?+B
# | B.__add__
# | A.__radd__
# | x+A
# | A.__radd__
# | x+A
# | A.__add__
# | TypeError: unsupported operand type(s) for +: 'A' and 'int'
