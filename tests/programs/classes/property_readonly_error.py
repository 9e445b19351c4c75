# Assigning to a getter-only property raises AttributeError naming the property and class.
class Circle:
    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        return self._r

    @property
    def diameter(self):
        return self._r * 2


c = Circle(5)
print(c.radius, c.diameter)
try:
    c.radius = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    c.diameter = 3
except AttributeError as e:
    print("AttributeError:", e)
print(c.radius)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 5 10
# | AttributeError: property 'radius' of 'Circle' object has no setter
# | AttributeError: property 'diameter' of 'Circle' object has no setter
# | 5
