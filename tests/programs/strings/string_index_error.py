# Indexing a string past its end raises IndexError.
s = "abc"
print(s[2], s[-3])
print(s[3])
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | c a
# stderr-last: IndexError: string index out of range
