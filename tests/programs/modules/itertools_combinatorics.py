# itertools: product, permutations, combinations, combinations_with_replacement (CPython's order).
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ab", [1, 2])))
print(list(product(range(2), repeat=3)))
print(list(product()), list(product("ab", repeat=0)), list(product("ab", [])), list(product([1], "xy", (True,))))
print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(permutations([], 0)), list(permutations("ab", 3)), list(permutations("ab", 0)), len(list(permutations(range(6)))))
print(list(combinations("abcd", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations([], 0)), list(combinations("ab", 3)), list(combinations("abc", 0)))
print(list(combinations_with_replacement("abc", 2)))
print(list(combinations_with_replacement("", 1)), list(combinations_with_replacement("", 0)), list(combinations_with_replacement([1, 2], 3)))
print(len(list(permutations(range(7)))), len(list(combinations(range(20), 3))))
print(["".join(p) for p in product("01", repeat=3)])
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | [('a', 1), ('a', 2), ('b', 1), ('b', 2)]
# | [(0, 0, 0), (0, 0, 1), (0, 1, 0), (0, 1, 1), (1, 0, 0), (1, 0, 1), (1, 1, 0), (1, 1, 1)]
# | [()] [()] [] [(1, 'x', True), (1, 'y', True)]
# | [('a', 'b', 'c'), ('a', 'c', 'b'), ('b', 'a', 'c'), ('b', 'c', 'a'), ('c', 'a', 'b'), ('c', 'b', 'a')]
# | [(0, 1), (0, 2), (0, 3), (1, 0), (1, 2), (1, 3), (2, 0), (2, 1), (2, 3), (3, 0), (3, 1), (3, 2)]
# | [()] [] [()] 720
# | [('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')]
# | [(0, 1, 2), (0, 1, 3), (0, 1, 4), (0, 2, 3), (0, 2, 4), (0, 3, 4), (1, 2, 3), (1, 2, 4), (1, 3, 4), (2, 3, 4)]
# | [()] [] [()]
# | [('a', 'a'), ('a', 'b'), ('a', 'c'), ('b', 'b'), ('b', 'c'), ('c', 'c')]
# | [] [()] [(1, 1, 1), (1, 1, 2), (1, 2, 2), (2, 2, 2)]
# | 5040 1140
# | ['000', '001', '010', '011', '100', '101', '110', '111']
