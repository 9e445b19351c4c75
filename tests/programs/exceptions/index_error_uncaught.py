# Indexing an empty list raises IndexError.
items = []
print(len(items))
print(items[1])
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | 0
# stderr-last: IndexError: list index out of range
