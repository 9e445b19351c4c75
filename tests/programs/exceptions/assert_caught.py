# assert raises AssertionError (with or without a message) that can be caught.
def check(v):
    assert v >= 0
    assert v < 10, "too big: " + str(v)
    return v
for v in [1, -1, 12]:
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError", e.args, repr(str(e)))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 1
# | AssertionError () ''
# | AssertionError ('too big: 12',) 'too big: 12'
