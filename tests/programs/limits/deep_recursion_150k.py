# A 150,000-deep recursive function completes after sys.setrecursionlimit(200000).
import sys
sys.setrecursionlimit(200000)
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(150000))
def total(n, acc):
    if n == 0:
        return acc
    return total(n - 1, acc + n)
print(total(100000, 0))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 150000
# | 5000050000
