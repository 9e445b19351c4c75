# Every combination of try with except, else and finally, with and without an exception.
def run(fail):
    try:
        print("  body")
        if fail:
            raise ValueError("bad")
    except ValueError as e:
        print("  except", e)
    else:
        print("  else")
    finally:
        print("  finally")
for fail in [False, True]:
    print("fail =", fail)
    run(fail)
try:
    print("try/finally only")
finally:
    print("finally only")
try:
    x = 1
except Exception:
    print("not printed")
else:
    print("else without finally", x)
try:
    try:
        raise KeyError("inner")
    finally:
        print("inner finally runs before outer except")
except KeyError as e:
    print("outer caught", e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | fail = False
# |   body
# |   else
# |   finally
# | fail = True
# |   body
# |   except bad
# |   finally
# | try/finally only
# | finally only
# | else without finally 1
# | inner finally runs before outer except
# | outer caught 'inner'
