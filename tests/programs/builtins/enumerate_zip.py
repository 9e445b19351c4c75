# enumerate (with start=) and zip (with unequal lengths and several iterables).
for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate(["x", "y"], start=1)), list(enumerate([], 5)))
print(list(enumerate("ab", 10)))
print(list(zip([1, 2, 3], "abcd")), list(zip()), list(zip([1], [])))
print(list(zip(range(3), [10, 20, 30], ("a", "b", "c"))))
names = ["ann", "bob"]
ages = [31, 42, 53]
for n, a in zip(names, ages):
    print(n, a)
pairs = [(1, "one"), (2, "two")]
nums, words = zip(*pairs)
print(nums, words)
print(dict(zip("abc", range(3))))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 0 a
# | 1 b
# | 2 c
# | [(1, 'x'), (2, 'y')] []
# | [(10, 'a'), (11, 'b')]
# | [(1, 'a'), (2, 'b'), (3, 'c')] [] []
# | [(0, 10, 'a'), (1, 20, 'b'), (2, 30, 'c')]
# | ann 31
# | bob 42
# | (1, 2) ('one', 'two')
# | {'a': 0, 'b': 1, 'c': 2}
