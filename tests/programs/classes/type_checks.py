# type(x), type(x).__name__, type(x) is A and x.__class__.__name__ for user classes.
class A:
    pass


class B(A):
    pass


a = A()
b = B()
print(type(a).__name__, type(b).__name__)
print(type(b) is B, type(b) is A, type(a) is A)
print(type(a) == type(A()))
print(b.__class__.__name__, a.__class__.__name__)
print(b.__class__ is B)
print(A.__name__, B.__name__)
print(type(a) is type(b))
for x in [a, b, 1, "s", [1], None]:
    print(type(x).__name__)
c = type(b)()
print(type(c).__name__, isinstance(c, A))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | A B
# | True False True
# | True
# | B A
# | True
# | A B
# | False
# | A
# | B
# | int
# | str
# | list
# | NoneType
# | B True
