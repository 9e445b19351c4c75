# ljust, rjust, center and zfill padding.
print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5) + "]", "[" + "ab".center(6) + "]")
print("[" + "ab".center(5) + "]", "[" + "abc".center(6, "*") + "]", "[" + "toolong".ljust(3) + "]")
print("7".zfill(3), "-7".zfill(4), "+12".zfill(5), "abc".zfill(5), "12345".zfill(2))
print("x".rjust(4, "0"), "x".ljust(4, "-"))
for name, qty in [("apple", 3), ("kiwi", 12), ("banana", 150)]:
    print(name.ljust(8, ".") + str(qty).rjust(4))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | [ab   ] [   ab] [  ab  ]
# | [  ab ] [*abc**] [toolong]
# | 007 -007 +0012 00abc 12345
# | 000x x---
# | apple...   3
# | kiwi....  12
# | banana.. 150
