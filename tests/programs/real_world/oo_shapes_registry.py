# A shape library: abstract base with a class registry filled by a class decorator, sorted by area.
REGISTRY = {}


def register(cls):
    REGISTRY[cls.__name__.lower()] = cls
    return cls


class Shape:
    def area(self):
        raise NotImplementedError

    def perimeter(self):
        raise NotImplementedError

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return type(self).__name__ + "(area=" + str(self.area()) + ")"


@register
class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


@register
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)


@register
class RightTriangle(Shape):
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def area(self):
        return self.a * self.b / 2

    def perimeter(self):
        c = (self.a * self.a + self.b * self.b) ** 0.5
        return self.a + self.b + c


specs = ["rect 3 4", "square 5", "righttriangle 3 4", "rect 1 30", "square 2", "hexagon 1"]
shapes = []
for spec in specs:
    parts = spec.split()
    cls = REGISTRY.get(parts[0])
    if cls is None:
        print("unknown shape", parts[0])
        continue
    shapes.append(cls(*[int(p) for p in parts[1:]]))
for s in sorted(shapes):
    print(s, s.perimeter())
print(sorted(REGISTRY))
print(max(shapes), min(shapes))
print(sum(s.area() for s in shapes if isinstance(s, Rect)))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | unknown shape hexagon
# | Square(area=4) 8
# | RightTriangle(area=6.0) 12.0
# | Rect(area=12) 14
# | Square(area=25) 20
# | Rect(area=30) 62
# | ['rect', 'righttriangle', 'square']
# | Rect(area=30) Square(area=4)
# | 71
