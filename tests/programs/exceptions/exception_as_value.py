# Exceptions are ordinary values: stored, passed around, raised later.
errors = []
for s in ["1", "x", "3", "", "5"]:
    try:
        int(s)
    except ValueError as e:
        errors.append(e)
print(len(errors), errors[0].args)
saved = errors[1]
try:
    raise saved
except ValueError as e:
    print(e is saved, e)
kinds = [KeyError, ValueError, TypeError]
for k in kinds:
    try:
        raise k("made from " + k.__name__)
    except (KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 2 ("invalid literal for int() with base 10: 'x'",)
# | True invalid literal for int() with base 10: ''
# | KeyError 'made from KeyError'
# | ValueError made from ValueError
# | TypeError made from TypeError
