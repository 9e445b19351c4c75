# itertools: accumulate, zip_longest, takewhile, dropwhile, filterfalse, starmap, compress, pairwise, groupby.
from itertools import accumulate, zip_longest, takewhile, dropwhile, filterfalse, starmap, compress, pairwise, groupby

print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(accumulate([])))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], initial=100)), list(accumulate([], initial=5)))
print(list(accumulate(["a", "b", "c"])), list(accumulate([1.5, 2], lambda a, b: a * 10 + b)))
print(list(zip_longest("abc", [1])), list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest()))
print(list(zip_longest([], [])), list(zip_longest([1, 2])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(bool, [])), list(dropwhile(bool, [1, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, ["ab", [1, 9, 2]])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(10), [True, False] * 2)))
print(list(pairwise("abcd")), list(pairwise([1])), list(pairwise([])))
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print([(k, list(g)) for k, g in groupby(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0])])
print(list(groupby([])))
words = sorted(["bb", "a", "ccc", "dd", "e"], key=len)
print({k: list(g) for k, g in groupby(words, len)})
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | [1, 3, 6, 10] [1, 2, 6, 24] []
# | [3, 3, 4, 4, 5] [100, 101, 103] [5]
# | ['a', 'ab', 'abc'] [1.5, 17.0]
# | [('a', 1), ('b', None), ('c', None)] [('a', 'x'), ('b', 'y'), ('-', 'z')] []
# | [] [(1,), (2,)]
# | [1, 4] [6, 4, 1]
# | [] []
# | [0, 2, 4, 6, 8] [0, '', None]
# | [32, 9, 1000] ['b', 9]
# | ['A', 'C', 'E', 'F'] [0, 2]
# | [('a', 'b'), ('b', 'c'), ('c', 'd')] [] []
# | [('A', ['A', 'A', 'A', 'A']), ('B', ['B', 'B', 'B']), ('C', ['C', 'C']), ('D', ['D']), ('A', ['A', 'A']), ('B', ['B', 'B', 'B'])]
# | [(1, 2), (2, 1), (3, 3), (1, 1)]
# | [('a', ['apple', 'avocado']), ('b', ['banana', 'blueberry']), ('c', ['cherry'])]
# | []
# | {1: ['a', 'e'], 2: ['bb', 'dd'], 3: ['ccc']}
