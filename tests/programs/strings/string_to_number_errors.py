# Conversions between strings and numbers, and their error messages.
print(str(10) + "5", int("10") + 5, float("2.5") * 2, int("  -3\n"))
for bad in ["1e5", "ten", "12a", "", " "]:
    try:
        print(int(bad))
    except ValueError as e:
        print(e)
for bad in ["1.2.3", "abc", ""]:
    try:
        print(float(bad))
    except ValueError as e:
        print(e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 105 15 5.0 -3
# | invalid literal for int() with base 10: '1e5'
# | invalid literal for int() with base 10: 'ten'
# | invalid literal for int() with base 10: '12a'
# | invalid literal for int() with base 10: ''
# | invalid literal for int() with base 10: ' '
# | could not convert string to float: '1.2.3'
# | could not convert string to float: 'abc'
# | could not convert string to float: ''
