# An exception raised inside __exit__ replaces the body's exception (with context kept).
class Bad:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        raise RuntimeError("exit failed while handling " + (t.__name__ if t else "nothing"))


try:
    with Bad():
        pass
except RuntimeError as e:
    print("1:", e)
try:
    with Bad():
        raise ValueError("original")
except RuntimeError as e:
    print("2:", e, "| context:", type(e.__context__).__name__, e.__context__)
except ValueError:
    print("not this")
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 1: exit failed while handling nothing
# | 2: exit failed while handling ValueError | context: ValueError original
