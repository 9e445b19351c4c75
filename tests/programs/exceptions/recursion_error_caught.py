# Unbounded recursion at the default limit raises RecursionError, which can be caught.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__)
    print(isinstance(e, RuntimeError))
def after():
    return "the interpreter still works"
print(after())
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | RecursionError
# | True
# | the interpreter still works
