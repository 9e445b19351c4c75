# Polymorphic dispatch over a list of objects from different subclasses.
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")

    def name(self):
        return type(self).__name__


class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)


class Tri(Shape):
    def __init__(self, b, h):
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h / 2


shapes = [Rect(2, 3), Square(4), Tri(3, 5)]
for s in shapes:
    print(s.name(), s.area())
print(sum(s.area() for s in shapes))
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | Rect 6
# | Square 16
# | Tri 7.5
# | 29.5
# | NotImplementedError: subclass must implement area
