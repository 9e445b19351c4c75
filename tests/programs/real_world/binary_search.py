# Binary search (iterative and recursive) plus lower/upper bound on a sorted list.
def search(items, target):
    lo, hi = 0, len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid, steps
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
def search_rec(items, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return search_rec(items, target, mid + 1, hi)
    return search_rec(items, target, lo, mid - 1)
def lower_bound(items, target):
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
def upper_bound(items, target):
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] <= target:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = []
for i in range(0, 2000, 3):
    data.append(i)
for t in [0, 3, 999, 1500, 1998, 1999, -5]:
    print(t, search(data, t), search_rec(data, t, 0, len(data) - 1))
dup = [1, 2, 2, 2, 3, 5, 5, 8]
for t in [0, 2, 4, 5, 9]:
    print(t, lower_bound(dup, t), upper_bound(dup, t), upper_bound(dup, t) - lower_bound(dup, t))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 0 (0, 9) 0
# | 3 (1, 8) 1
# | 999 (333, 1) 333
# | 1500 (500, 2) 500
# | 1998 (666, 10) 666
# | 1999 (-1, 10) -1
# | -5 (-1, 9) -1
# | 0 0 0 0
# | 2 1 4 3
# | 4 5 5 0
# | 5 5 7 2
# | 9 8 8 0
