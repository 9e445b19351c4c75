# set methods and operators on small ints: add, remove, discard, union, intersection and friends.
s = {1, 2, 3}
s.add(4)
s.add(2)
s.discard(10)
s.remove(1)
print(s, len(s))
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([9], (8,)), {1, 2}.issubset(a), a.issuperset({1, 5}), {1} < a, a <= a, a < a)
c = set()
c.update([3, 1], {2})
print(c, c == {1, 2, 3}, c.isdisjoint({7}))
try:
    c.remove(42)
except KeyError as e:
    print("KeyError", e)
print(sorted({5, 3, 9} | {1}), 3 in c, {0, 1} & {1, 2})
d = c.copy()
d.clear()
print(d, c)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | {2, 3, 4} 3
# | {1, 2, 3, 4, 5} {3, 4} {1, 2} {5} {1, 2, 5}
# | {1, 2, 3, 4, 5} {3, 4} {1, 2} {1, 2, 5}
# | {1, 2, 3, 4, 8, 9} True False True True False
# | {1, 2, 3} True True
# | KeyError 42
# | [1, 3, 5, 9] True {1}
# | set() {1, 2, 3}
