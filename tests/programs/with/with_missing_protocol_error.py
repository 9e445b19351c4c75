# Using an object without __enter__/__exit__ in with raises TypeError (or AttributeError).
class NoEnter:
    def __exit__(self, *a):
        pass


class NoExit:
    def __enter__(self):
        return self


for obj in [NoEnter(), NoExit(), 42]:
    try:
        with obj:
            print("body (never)")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | TypeError: 'NoEnter' object does not support the context manager protocol
# | TypeError: 'NoExit' object does not support the context manager protocol (missed __exit__ method)
# | TypeError: 'int' object does not support the context manager protocol
