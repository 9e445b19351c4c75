# Calling a class with the wrong number of arguments raises TypeError naming __init__.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q:
    pass


try:
    P(1)
except TypeError as e:
    print("TypeError:", e)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Q(1)
except TypeError as e:
    print("TypeError:", e)
p = P(y=2, x=1)
print(p.x, p.y)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | TypeError: P.__init__() missing 1 required positional argument: 'y'
# | TypeError: P.__init__() takes 3 positional arguments but 4 were given
# | TypeError: Q() takes no arguments
# | 1 2
