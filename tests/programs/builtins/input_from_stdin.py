# input() reads lines from stdin, stripping the newline; EOF raises EOFError.
# stdin: first line\n  second  \n42\n
a = input()
b = input()
n = int(input())
print(repr(a), repr(b), n * 2)
try:
    input()
except EOFError as e:
    print("EOFError", e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 'first line' '  second  ' 84
# | EOFError EOF when reading a line
