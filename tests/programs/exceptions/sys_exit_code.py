# sys.exit(3) exits with status 3 after running finally blocks.
import sys
try:
    print("exiting")
    sys.exit(3)
finally:
    print("finally still runs")
print("not reached")
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 3
# | exiting
# | finally still runs
