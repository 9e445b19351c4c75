# Raising something that is not an exception is a TypeError.
try:
    raise "just a string"
except TypeError as e:
    print(e)
try:
    raise 42
except TypeError as e:
    print(e)
raise ValueError
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | exceptions must derive from BaseException
# | exceptions must derive from BaseException
# stderr-last: ValueError
