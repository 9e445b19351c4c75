# isinstance/issubclass with user classes, tuples of classes, and built-in bases.
class A:
    pass


class B(A):
    pass


class C:
    pass


class D(B):
    pass


b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C))
print(isinstance(b, (C, int)), isinstance(b, (C, A)))
print(isinstance(D(), (int, str, A)))
print(issubclass(B, A), issubclass(A, B), issubclass(D, A), issubclass(D, (C, B)))
print(issubclass(A, A), issubclass(A, object), isinstance(b, object))
print(issubclass(C, (int, str)))
print(isinstance(3, A), isinstance("x", (A, str)))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | True True False
# | False True
# | True
# | True False True True
# | True True True
# | False
# | False True
