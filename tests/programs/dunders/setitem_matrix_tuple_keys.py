# m[i, j] passes a tuple to __getitem__/__setitem__; a sparse grid with defaults.
class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = {}

    def __getitem__(self, pos):
        r, c = pos
        if not (0 <= r < self.h and 0 <= c < self.w):
            raise IndexError("cell out of range")
        return self.cells.get(pos, ".")

    def __setitem__(self, pos, v):
        self.cells[pos] = v

    def __str__(self):
        rows = []
        for r in range(self.h):
            rows.append("".join(self[r, c] for c in range(self.w)))
        return "\n".join(rows)


g = Grid(4, 3)
g[0, 0] = "#"
g[1, 2] = "@"
g[2, 3] = "#"
print(g)
print(g[1, 2], g[0, 1])
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | #...
# | ..@.
# | ...#
# | @ .
# | IndexError: cell out of range
