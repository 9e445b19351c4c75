# len, indexing, slicing, membership and reversed on ranges.
r = range(3, 20, 4)
print(len(r), len(range(10)), len(range(10, 0, -3)), len(range(5, 0)))
print(r[0], r[1], r[-1], r[-2])
print(r[1:3], list(r[::-1]), list(reversed(r)))
print(7 in r, 8 in r, 19 in r, 23 in r)
print(list(reversed(range(5))), list(reversed(range(0, 10, 3))))
print(r.index(11), r.count(11), r.start, r.stop, r.step)
print(range(0, 3) == range(0, 3), sum(range(101)), max(range(7)), min(range(3, 9)))
try:
    r[10]
except IndexError as e:
    print(e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 5 10 4 0
# | 3 7 19 15
# | range(7, 15, 4) [19, 15, 11, 7, 3] [19, 15, 11, 7, 3]
# | True False True False
# | [4, 3, 2, 1, 0] [9, 6, 3, 0]
# | 2 1 3 20 4
# | True 5050 6 3
# | range object index out of range
