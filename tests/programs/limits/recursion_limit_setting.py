# getrecursionlimit/setrecursionlimit: the default is 1000 and raising it allows deeper calls.
import sys
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1
print(depth(900))
try:
    depth(5000)
except RecursionError:
    print("5000 is too deep at the default limit")
sys.setrecursionlimit(20000)
print(sys.getrecursionlimit(), depth(10000))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 1000
# | 900
# | 5000 is too deep at the default limit
# | 20000 10000
