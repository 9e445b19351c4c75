# @classmethod alternative constructors receive the class they are called on, including subclasses.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    @classmethod
    def from_string(cls, s):
        parts = s.split(",")
        return cls(int(parts[0]), int(parts[1]))

    @classmethod
    def origin(cls):
        return cls(0, 0)

    def __repr__(self):
        return type(self).__name__ + "(" + str(self.x) + ", " + str(self.y) + ")"


class Point3(Point):
    def __init__(self, x, y, z=0):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return "Point3(" + str(self.x) + ", " + str(self.y) + ", " + str(self.z) + ")"


p = Point.from_string("3,4")
print(p)
print(Point.origin())
q = Point3.from_string("5,6")
print(q, type(q).__name__)
print(Point3.origin())
print(p.origin())
print(q.from_string("7,8"))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | Point(3, 4)
# | Point(0, 0)
# | Point3(5, 6, 0) Point3
# | Point3(0, 0, 0)
# | Point(0, 0)
# | Point3(7, 8, 0)
