# any() and all() on lists, empty iterables and mixed truthiness.
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), all([1, "a", [0]]))
print(any(""), any("a"), all(range(1, 5)), all(range(5)), any({0: 1}))
nums = [2, 4, 6, 7]
evens = []
for n in nums:
    evens.append(n % 2 == 0)
print(evens, all(evens), any(evens))
print(any([None, False, 0.0, ""]), all([True, 1, 1.5, "x"]))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | False True True False True
# | False True True False False
# | [True, True, True, False] False True
# | False True
