# itertools: count, islice, chain, chain.from_iterable, cycle, repeat.
import itertools
from itertools import count, islice, chain, cycle, repeat

print(list(islice(count(), 5)), list(islice(count(10), 3)), list(islice(count(1, 3), 4)))
print(list(islice(count(2.5, 0.5), 4)), list(islice(count(-1, -2), 3)), list(islice(count(start=5, step=10), 2)))
c = count(2**62)
print(next(c), next(c), next(c))
print(list(islice("abcdefg", 3)), list(islice("abcdefg", 2, 5)), list(islice("abcdefg", 1, None, 2)))
print(list(islice(range(10), None)), list(islice(range(10), 0, 10, 3)), list(islice([], 3)), list(islice("ab", 5, 9)))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(it))
print(list(chain()), list(chain([1, 2], "ab", (3,), range(2))), list(chain.from_iterable(["xy", [1], []])))
print(list(itertools.chain.from_iterable([[1, 2], [3]])))
print(list(islice(cycle("abc"), 8)), list(cycle([])), list(islice(cycle(range(2)), 5)))
print(list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(1, -5)), list(islice(repeat(7), 4)), list(repeat(None, times=2)))
print(list(zip(count(), "abc")), dict(zip("xyz", repeat(0))))
print(list(map(pow, range(5), repeat(2))))
total = 0
for i in count(1):
    if i > 100:
        break
    total += i
print(total)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | [0, 1, 2, 3, 4] [10, 11, 12] [1, 4, 7, 10]
# | [2.5, 3.0, 3.5, 4.0] [-1, -3, -5] [5, 15]
# | 4611686018427387904 4611686018427387905 4611686018427387906
# | ['a', 'b', 'c'] ['c', 'd', 'e'] ['b', 'd', 'f']
# | [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] [0, 3, 6, 9] [] []
# | [0, 1, 2] 3 [4, 5, 6, 7, 8, 9]
# | [] [1, 2, 'a', 'b', 3, 0, 1] ['x', 'y', 1]
# | [1, 2, 3]
# | ['a', 'b', 'c', 'a', 'b', 'c', 'a', 'b'] [] [0, 1, 0, 1, 0]
# | ['x', 'x', 'x'] [] [] [7, 7, 7, 7] [None, None]
# | [(0, 'a'), (1, 'b'), (2, 'c')] {'x': 0, 'y': 0, 'z': 0}
# | [0, 1, 4, 9, 16]
# | 5050
