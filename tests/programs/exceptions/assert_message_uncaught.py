# A failing assert with a message raises AssertionError carrying the message.
x = 3
assert x == 3, "not reached"
assert x > 5, "x must be greater than 5"
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# stderr-last: AssertionError: x must be greater than 5
