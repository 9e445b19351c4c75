# An uncaught exception raised while handling another: the last stderr line is the new one.
try:
    [][0]
except IndexError:
    print("handling")
    int("oops")
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | handling
# stderr-last: ValueError: invalid literal for int() with base 10: 'oops'
