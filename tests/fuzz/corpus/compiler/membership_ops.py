# `in` and `not in` on lists, tuples, strings, dicts, sets and ranges.
print(2 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3])
print("a" in ("a", "b"), 3 in (1, 2), 1.0 in (1, 2))
print("ell" in "hello", "" in "abc", "z" not in "abc", "HE" in "hello")
d = {"k": 1, 2: "two"}
print("k" in d, 1 in d, 2 in d, "two" in d)
s = {1, 2, 3}
print(3 in s, 5 in s, 5 not in s)
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(-3 in range(-5, 0), -6 in range(-5, 0), 3 in range(10, 0, -1))
print([1, 2] in [[1, 2], [3]], (1,) in [(1,)], None in [0, False, None])
