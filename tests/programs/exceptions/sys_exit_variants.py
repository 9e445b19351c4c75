# SystemExit.code for sys.exit() with no argument, None, ints and strings; exit(0) is success.
import sys
for arg in [(), (None,), (0,), (2,), ("text",)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, repr(e.code))
sys.exit(0)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | () None
# | (None,) None
# | (0,) 0
# | (2,) 2
# | ('text',) 'text'
