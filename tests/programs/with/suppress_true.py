# __exit__ returning a true value suppresses the exception; execution continues after with.
class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            print("suppressed", t.__name__, v)
            return True
        return False


with Suppress(ZeroDivisionError):
    print("before")
    1 / 0
    print("not reached")
print("continued")
with Suppress(KeyError, IndexError):
    [][3]
print("continued again")
try:
    with Suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)


class Truthy:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        return "yes"


with Truthy():
    raise RuntimeError("swallowed")
print("swallowed by truthy string")
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | before
# | suppressed ZeroDivisionError division by zero
# | continued
# | suppressed IndexError list index out of range
# | continued again
# | not suppressed: invalid literal for int() with base 10: 'x'
# | swallowed by truthy string
