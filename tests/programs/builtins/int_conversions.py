# int() from strings (with bases and whitespace), floats and bools.
print(int("42"), int("-17"), int("  12 "), int("+5"), int("1_000"))
print(int("0x1f", 16), int("1f", 16), int("z", 36), int("777", 8), int("101", 2))
print(int("0b101", 0), int("0o17", 0), int("0x10", 0), int("10", 0))
print(int(3.9), int(-3.9), int(True), int(False), int(1e18))
print(int("123456789012345678901234567890"), int("-99999999999999999999"))
print(int(), int("Z", 36), int("-ff", 16))
for bad in ["x", "", "1.5", "0x1f", "1 2"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 42 -17 12 5 1000
# | 31 31 35 511 5
# | 5 15 16 10
# | 3 -3 1 0 1000000000000000000
# | 123456789012345678901234567890 -99999999999999999999
# | 0 35 -255
# | invalid literal for int() with base 10: 'x'
# | invalid literal for int() with base 10: ''
# | invalid literal for int() with base 10: '1.5'
# | invalid literal for int() with base 10: '0x1f'
# | invalid literal for int() with base 10: '1 2'
# | invalid literal for int() with base 8: '9'
