# Calling a function with too many positional arguments raises TypeError.
def f(a, b):
    return a + b
print(f(1, 2))
f(1, 2, 3)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | 3
# stderr-last: TypeError: f() takes 2 positional arguments but 3 were given
