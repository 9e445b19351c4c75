# UnboundLocalError is a NameError and can be caught.
def f(flag):
    if flag:
        y = 1
    return y
print(f(True))
try:
    f(False)
except NameError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 1
# | UnboundLocalError cannot access local variable 'y' where it is not associated with a value
# | True
