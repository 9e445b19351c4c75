# Adding None and an int raises TypeError.
value = None
print(value)
value + 1
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | None
# stderr-last: TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'
