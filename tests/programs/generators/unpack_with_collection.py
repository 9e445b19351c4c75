# Unpacking a generator (a, b, c = gen; first, *rest = genexpr) keeps the items already produced alive while the generator allocates enough to trigger a collection.
class Point:
    def __init__(self, x):
        self.x = x

    def show(self):
        return "Point(%d)" % self.x


def points(n):
    for i in range(n):
        p = Point(i)
        garbage = "x" * 3000000
        for k in range(3):
            garbage = garbage[1:]
        yield p


def big():
    garbage = "y" * 3000000
    return len(garbage[1:]) > 0


a, b, c = points(3)
print(a.show(), b.show(), c.show())
first, *rest = (Point(i * 10) for i in range(4) if big())
print(first.show(), [p.show() for p in rest])
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | Point(0) Point(1) Point(2)
# | Point(0) ['Point(10)', 'Point(20)', 'Point(30)']
