# ZeroDivisionError messages for /, //, % and divmod on ints and floats.
tries = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0,
         lambda: 5 % 0.0, lambda: divmod(1, 0), lambda: 0 ** -1, lambda: (2 ** 100) // 0]
for t in tries:
    try:
        t()
    except ZeroDivisionError as e:
        print(e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | division by zero
# | integer division or modulo by zero
# | integer modulo by zero
# | float division by zero
# | float floor division by zero
# | float modulo
# | integer division or modulo by zero
# | 0.0 cannot be raised to a negative power
# | integer division or modulo by zero
