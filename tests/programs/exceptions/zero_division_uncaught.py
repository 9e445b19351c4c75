# Uncaught division by zero ends the program with exit status 1.
print("about to divide")
print(1 / 0)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | about to divide
# stderr-last: ZeroDivisionError: division by zero
