# sorted (key=, reverse=, stability) and reversed; sorted returns a new list.
data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("banana"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}))
records = [("bob", 3), ("ann", 1), ("cid", 3), ("dee", 1), ("eve", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(["b", "A", "c", "B"], key=str.lower))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))))
print(sorted([]), sorted([2, 1.5, True]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | [1, 2, 5, 5, 6, 9] [9, 6, 5, 5, 2, 1] [5, 2, 9, 1, 5, 6]
# | ['a', 'a', 'a', 'b', 'n', 'n'] [1, 2, 3] [1, 3]
# | [('ann', 1), ('dee', 1), ('eve', 2), ('bob', 3), ('cid', 3)]
# | [('bob', 3), ('cid', 3), ('eve', 2), ('ann', 1), ('dee', 1)]
# | ['A', 'b', 'B', 'c']
# | [3, 2, 1] ['c', 'b', 'a'] [2, 1]
# | [] [True, 1.5, 2]
# | '<' not supported between instances of 'str' and 'int'
