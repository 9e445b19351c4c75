# `except Exception` does not catch KeyboardInterrupt or SystemExit; BaseException does.
import sys
for exc in [KeyboardInterrupt, SystemExit]:
    try:
        try:
            raise exc
        except Exception:
            print("wrongly caught by Exception")
    except BaseException as e:
        print("caught by BaseException:", type(e).__name__)
try:
    raise KeyboardInterrupt("by hand")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e.args)
try:
    sys.exit(5)
except SystemExit as e:
    print("SystemExit code", e.code)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | caught by BaseException: KeyboardInterrupt
# | caught by BaseException: SystemExit
# | KeyboardInterrupt ('by hand',)
# | SystemExit code 5
