# 100,000 nested __getitem__ calls through a linked chain complete without a C stack overflow.
import sys
sys.setrecursionlimit(200000)


class Link:
    def __init__(self, value, nxt):
        self.value = value
        self.nxt = nxt

    def __getitem__(self, i):
        if i == 0:
            return self.value
        return self.nxt[i - 1]


head = None
for v in range(100001):
    head = Link(v, head)
print(head[0], head[1], head[100000])
print(head[99999])
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 100000 99999 0
# | 1
