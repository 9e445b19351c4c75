# str(), bool() and repr() of the builtin types.
print(str(1), str(-2.5), str(True), str(None), str([1, "a"]), str((1,)), str({"k": [1]}))
print(repr("a"), repr(1), repr([1, "a", None]), repr((1, 2)), repr({1: "x"}), repr(set()))
print(bool(0), bool(1), bool(""), bool(" "), bool([]), bool([[]]), bool(None), bool(0.0), bool({0}))
print(str(), bool(), repr(()), repr((None,)), repr({1, 2, 3}))
print(str("already"), str(2 ** 70), repr(-0.0), repr(1e100))
print(len(str(12345)), str(12) + str(34))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 1 -2.5 True None [1, 'a'] (1,) {'k': [1]}
# | 'a' 1 [1, 'a', None] (1, 2) {1: 'x'} set()
# | False True False True False True False False True
# |  False () (None,) {1, 2, 3}
# | already 1180591620717411303424 -0.0 1e+100
# | 5 1234
