# print(file=sys.stderr) writes to stderr, leaving stdout untouched.
import sys
print("to stdout")
print("warning:", "something", file=sys.stderr)
print("more stdout", flush=True)
print("last stderr line", 42, sep=" = ", file=sys.stderr)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | to stdout
# | more stdout
# stderr-last: last stderr line = 42
