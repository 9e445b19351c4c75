# list, tuple, dict and set constructors from various iterables.
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}))
print(tuple(), tuple([1, 2]), tuple("hi"), tuple(range(2)))
print(dict(), dict([("a", 1), ("b", 2)]), dict(x=1, y=2), dict([("a", 1)], b=2))
print(dict({"k": 1}), dict(zip("ab", [1, 2])), dict([["p", 0]]))
print(set(), set([3, 1, 2, 3]), set("aaa"), set(range(4)), len(set("mississippi")))
print(sorted(set("hello")), list(set([5])))
x = [1, 2]
y = list(x)
y.append(3)
print(x, y)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | [] ['a', 'b', 'c'] [1, 2] [0, 1, 2] ['a', 'b']
# | () (1, 2) ('h', 'i') (0, 1)
# | {} {'a': 1, 'b': 2} {'x': 1, 'y': 2} {'a': 1, 'b': 2}
# | {'k': 1} {'a': 1, 'b': 2} {'p': 0}
# | set() {1, 2, 3} {'a'} {0, 1, 2, 3} 4
# | ['e', 'h', 'l', 'o'] [5]
# | [1, 2] [1, 2, 3]
