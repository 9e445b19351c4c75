# sys.exit("msg") prints the message to stderr and exits with status 1.
import sys
print("before")
sys.exit("fatal: something went wrong")
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | before
# stderr-last: fatal: something went wrong
