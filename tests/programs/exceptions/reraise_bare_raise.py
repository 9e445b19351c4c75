# A bare `raise` re-raises the exception being handled, unchanged.
def risky():
    raise ValueError("original")
def wrapper():
    try:
        risky()
    except ValueError:
        print("logging and re-raising")
        raise
try:
    wrapper()
except ValueError as e:
    print("caught again:", e)
def nested():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
try:
    nested()
except KeyError as e:
    print("still the KeyError:", repr(e))
try:
    raise
except RuntimeError as e:
    print(e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | logging and re-raising
# | caught again: original
# | still the KeyError: KeyError('k')
# | No active exception to reraise
