# Ordering objects without comparison methods raises TypeError naming both types.
class A:
    pass


class B:
    def __lt__(self, other):
        return NotImplemented


try:
    A() < A()
except TypeError as e:
    print("TypeError:", e)
try:
    A() >= 3
except TypeError as e:
    print("TypeError:", e)
try:
    B() < B()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([A(), A()])
except TypeError as e:
    print("TypeError:", e)
print(A() == A(), A() != 3)
sorted([B(), B()])
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | TypeError: '<' not supported between instances of 'A' and 'A'
# | TypeError: '>=' not supported between instances of 'A' and 'int'
# | TypeError: '<' not supported between instances of 'B' and 'B'
# | TypeError: '<' not supported between instances of 'A' and 'A'
# | False True
# stderr-last: TypeError: '<' not supported between instances of 'B' and 'B'
