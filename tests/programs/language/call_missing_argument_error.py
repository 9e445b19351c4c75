# Calling a function without a required positional argument raises TypeError.
def f(a, b):
    return a + b
print(f(1, 2))
f(1)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | 3
# stderr-last: TypeError: f() missing 1 required positional argument: 'b'
