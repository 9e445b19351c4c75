# min and max with several arguments, iterables, key= and default=.
print(min(3, 1, 2), max(3, 1, 2), min([4, -1, 9]), max("hello"))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([], default="empty"), min((), default=None), max([5], default=0))
print(max([(1, "b"), (1, "a")]), min([-5, 3, -7], key=abs))
print(max(1, 2.5, 2), min(True, 2), max([[1, 2], [1, 3], [0, 9]]))
words = ["bb", "aa", "cc"]
print(max(words, key=len), min(words, key=len))
print(max(range(10), key=lambda x: (x % 3, x)))
try:
    min([])
except ValueError as e:
    print(e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 1 3 -1 o
# | banana fig
# | empty None 5
# | (1, 'b') 3
# | 2.5 True [1, 3]
# | bb bb
# | 8
# | min() arg is an empty sequence
