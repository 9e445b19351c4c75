# Deep recursion through __call__, __len__, __add__ and __repr__ dunders (8,000 levels each; CPython 3.11 segfaults near 11,000).
import sys
sys.setrecursionlimit(200000)

N = 8000


class Caller:
    def __init__(self, nxt):
        self.nxt = nxt

    def __call__(self, n):
        if self.nxt is None:
            return n
        return self.nxt(n + 1)

    def __len__(self):
        if self.nxt is None:
            return 1
        return len(self.nxt) + 1

    def __add__(self, k):
        if self.nxt is None:
            return k
        return (self.nxt + k) + 1

    def __repr__(self):
        if self.nxt is None:
            return "."
        r = repr(self.nxt)
        return r if len(r) > 3 else r + "."


c = None
for i in range(N):
    c = Caller(c)
print(c(0))
print(len(c))
print(c + 0)
print(repr(c))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 7999
# | 8000
# | 7999
# | ....
