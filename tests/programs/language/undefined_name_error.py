# Using an undefined global name raises NameError.
print("before")
print(undefined_thing)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | before
# stderr-last: NameError: name 'undefined_thing' is not defined
