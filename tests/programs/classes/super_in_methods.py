# super() in ordinary methods extends the parent's result; works for str/repr too.
class Shape:
    def area(self):
        return 0

    def info(self):
        return "shape"

    def __str__(self):
        return "Shape"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return super().area() + self.s * self.s

    def info(self):
        return super().info() + "/square(" + str(self.s) + ")"

    def __str__(self):
        return "Square<" + super().__str__() + ">"


sq = Square(4)
print(sq.area())
print(sq.info())
print(str(sq))
print(sq)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 16
# | shape/square(4)
# | Square<Shape>
# | Square<Shape>
