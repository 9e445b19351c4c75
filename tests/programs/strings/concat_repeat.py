# String concatenation, repetition, comparison and immutability.
a = "abc"
b = a + "def"
print(b, a * 3, 3 * "xy", repr("x" * 0), repr("x" * -2), repr("" * 10))
print(a == "abc", a < "abd", a + "" == a, len(a * 1000))
parts = ""
for i in range(5):
    parts += str(i)
print(parts)
print("ab" "cd", ("multi"
      "line"))
try:
    a[0] = "z"
except TypeError as e:
    print(e)
try:
    "a" * "b"
except TypeError as e:
    print(e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | abcdef abcabcabc xyxyxy '' '' ''
# | True True True 3000
# | 01234
# | abcd multiline
# | 'str' object does not support item assignment
# | can't multiply sequence by non-int of type 'str'
