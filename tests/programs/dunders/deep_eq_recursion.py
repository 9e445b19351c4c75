# __eq__ recursing 8,000 levels deep (structural equality of chains) completes (CPython 3.11 segfaults near 16,000).
import sys
sys.setrecursionlimit(200000)


class Cell:
    def __init__(self, v, rest):
        self.v = v
        self.rest = rest

    def __eq__(self, other):
        if self.v != other.v:
            return False
        if self.rest is None or other.rest is None:
            return self.rest is other.rest
        return self.rest == other.rest


def chain(n, last):
    c = Cell(last, None)
    for i in range(n):
        c = Cell(i, c)
    return c


a = chain(8000, "end")
b = chain(8000, "end")
c = chain(8000, "END")
print(a == b)
print(a == c)
print(a != c)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | True
# | False
# | True
