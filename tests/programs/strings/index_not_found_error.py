# str.index of a missing substring raises ValueError.
s = "hello"
print(s.index("l"))
s.index("z")
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | 2
# stderr-last: ValueError: substring not found
