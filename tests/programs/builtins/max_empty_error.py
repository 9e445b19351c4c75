# max() of an empty sequence without default= raises ValueError.
print(max([1, 2]))
max([])
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | 2
# stderr-last: ValueError: max() arg is an empty sequence
