# map (one and several iterables) and filter (with a function and with None).
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb", ""])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(pow, [2, 3], [5, 2])), list(map(abs, (-1, -2))))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda x: x % 3 == 0, range(10))), list(filter(str.isdigit, "a1b2")))
m = map(int, "123")
print(next(m), list(m), list(m))
print(sum(map(int, "9999")), max(map(len, ["ab", "abc"])))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | ['1', '2', '3'] [1, 2, 0]
# | [4, 10, 18]
# | [32, 9] [1, 2]
# | [1, 'a', [0]]
# | [0, 3, 6, 9] ['1', '2']
# | 1 [2, 3] []
# | 36 3
