# Generator expressions consumed by sum, list, any, all, max, min, sorted, tuple and join.
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sum(x * x for x in nums))
print(list(x for x in nums if x > 0))
print(any(x > 5 for x in nums), all(x > -10 for x in nums), any(x > 100 for x in nums))
print(max(abs(x) for x in nums), min(x for x in nums if x > 0))
print(sorted((x % 4 for x in nums), reverse=True))
print(tuple(c.upper() for c in "abc"))
print("-".join(str(x) for x in range(5)))
print(sum(x for x in range(10) if x % 3 == 0))
print(dict((k, len(k)) for k in ["aa", "b"]))
print(set(x % 3 for x in range(10)) == {0, 1, 2})
g = (x * 2 for x in range(3))
print(type(g).__name__, next(g), list(g), list(g))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 173
# | [3, 4, 5, 2, 6]
# | True True False
# | 9 2
# | [3, 3, 3, 3, 2, 2, 1, 0]
# | ('A', 'B', 'C')
# | 0-1-2-3-4
# | 18
# | {'aa': 2, 'b': 1}
# | True
# | generator 0 [2, 4] []
