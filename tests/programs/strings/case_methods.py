# upper, lower, title, capitalize and swapcase on ASCII text.
s = "hello World, it's a TEST"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("123abc".capitalize(), "".upper(), "a1b2".title())
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | HELLO WORLD, IT'S A TEST
# | hello world, it's a test
# | Hello World, It'S A Test
# | Hello world, it's a test
# | HELLO wORLD, IT'S A test
# | 123abc  A1B2
