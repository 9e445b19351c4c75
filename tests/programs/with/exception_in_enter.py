# If __enter__ raises, the body and __exit__ do not run; earlier items of the same with are exited.
class Fails:
    def __enter__(self):
        print("Fails.__enter__")
        raise OSError("cannot open")

    def __exit__(self, *a):
        print("Fails.__exit__ (never)")


class Ok:
    def __enter__(self):
        print("Ok.__enter__")
        return self

    def __exit__(self, t, v, tb):
        print("Ok.__exit__ saw", t.__name__ if t else None)


try:
    with Fails():
        print("body (never)")
except OSError as e:
    print("caught", e)
try:
    with Ok(), Fails():
        print("body (never)")
except OSError as e:
    print("caught", e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | Fails.__enter__
# | caught cannot open
# | Ok.__enter__
# | Fails.__enter__
# | Ok.__exit__ saw OSError
# | caught cannot open
