# An exception in the body is passed to __exit__ as (type, value, traceback) and re-raised.
class Watch:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("clean exit")
        else:
            print("exit saw", exc_type.__name__, "-", exc, "| tb present:", tb is not None)
            print("isinstance:", isinstance(exc, exc_type))
        return False


with Watch():
    print("ok body")
try:
    with Watch():
        raise ValueError("bad value")
except ValueError as e:
    print("re-raised:", e)
try:
    with Watch():
        {}["missing"]
except KeyError as e:
    print("re-raised KeyError:", e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | ok body
# | clean exit
# | exit saw ValueError - bad value | tb present: True
# | isinstance: True
# | re-raised: bad value
# | exit saw KeyError - 'missing' | tb present: True
# | isinstance: True
# | re-raised KeyError: 'missing'
