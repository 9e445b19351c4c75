# next() on an exhausted iterator without a default raises StopIteration.
it = iter([1])
print(next(it))
next(it)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | 1
# stderr-last: StopIteration
