# Calling a function with an unknown keyword argument raises TypeError.
def f(a, b=1):
    return a + b
print(f(1, b=2))
f(1, z=3)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | 3
# stderr-last: TypeError: f() got an unexpected keyword argument 'z'
