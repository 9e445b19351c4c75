# @property getter and @x.setter: validation in the setter, computed properties.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273:
            raise ValueError("below absolute zero")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 // 5 + 32


t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(t.celsius, t._c)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 100 212
# | 0 32
# | ValueError: below absolute zero
# | 0 0
