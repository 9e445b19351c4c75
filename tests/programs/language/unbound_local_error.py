# Reading a local before assignment raises UnboundLocalError.
x = 1
def f():
    print(x)
    x = 2
f()
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# stderr-last: UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
