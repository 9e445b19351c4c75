# An uncaught `raise ValueError("x") from KeyError()` ends stderr with the ValueError.
print("start")
raise ValueError("x") from KeyError()
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | start
# stderr-last: ValueError: x
