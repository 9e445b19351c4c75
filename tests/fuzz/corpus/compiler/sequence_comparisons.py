# Lexicographic comparison of tuples, lists and strings.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,))
print([1, 2] == [1, 2], [1, 2] != [2, 1], [3] > [2, 100], [] < [[]])
print("abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc")
print((1, "a") < (1, "b"), ((1, 2), 3) < ((1, 3), 0))
print(max([(1, "z"), (2, "a"), (2, "b")]), min(["b", "ab", "abc"]))
print([1, 2.0] == [1.0, 2], (1, 2) == [1, 2])
print(sorted([[3, 1], [1, 2, 3], [1, 2], [3]]))
