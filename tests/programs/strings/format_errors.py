# format() and mini-language error messages, as CPython 3.11 words them.
def attempt(v, spec):
    try:
        print(repr(format(v, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

cases = [(5, "s"), (5, "z"), ("a", "d"), ("a", "+"), ("a", " "), ("a", "#"), ("a", "="),
         ("a", ",s"), ("a", "z"), (1.5, "d"), (1.5, "x"), (1.5, "c"), (5, "."), (5, ".2d"),
         (5, ".2"), (5, ",b"), (5, ",x"), (5, ",c"), (5, "_c"), (5, ",n"), (1.5, ",n"),
         (None, "x"), (None, ">5"), ([1], "5"), ((1,), "<"), (5, "abc"), (5, "+c"), (5, "#c"),
         (-1, "c"), (2 ** 40, "c"), (2 ** 70, "c"), (5, ",_"), (5, "_,"), (True, "s"),
         (5, "10000000000000000000000"), (1.0, ".10000000000000000000000f"), (2 ** 1100, "f"),
         (5, "é"), ("a", "é"), (1.0, "é>"), (5, "\x01")]
for v, spec in cases:
    attempt(v, spec)
try:
    format()
except TypeError as e:
    print(e)
try:
    format(1, "", 3)
except TypeError as e:
    print(e)
try:
    format(1, 2)
except TypeError as e:
    print(e)
print(repr(format(None)), repr(format([1, 2])), repr(format("x")), repr(format(3)))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | ValueError Unknown format code 's' for object of type 'int'
# | ValueError Negative zero coercion (z) not allowed in integer format specifier
# | ValueError Unknown format code 'd' for object of type 'str'
# | ValueError Sign not allowed in string format specifier
# | ValueError Space not allowed in string format specifier
# | ValueError Alternate form (#) not allowed in string format specifier
# | ValueError '=' alignment not allowed in string format specifier
# | ValueError Cannot specify ',' with 's'.
# | ValueError Negative zero coercion (z) not allowed in string format specifier
# | ValueError Unknown format code 'd' for object of type 'float'
# | ValueError Unknown format code 'x' for object of type 'float'
# | ValueError Unknown format code 'c' for object of type 'float'
# | ValueError Format specifier missing precision
# | ValueError Precision not allowed in integer format specifier
# | ValueError Precision not allowed in integer format specifier
# | ValueError Cannot specify ',' with 'b'.
# | ValueError Cannot specify ',' with 'x'.
# | ValueError Cannot specify ',' with 'c'.
# | ValueError Cannot specify '_' with 'c'.
# | ValueError Cannot specify ',' with 'n'.
# | ValueError Cannot specify ',' with 'n'.
# | TypeError unsupported format string passed to NoneType.__format__
# | TypeError unsupported format string passed to NoneType.__format__
# | TypeError unsupported format string passed to list.__format__
# | TypeError unsupported format string passed to tuple.__format__
# | ValueError Invalid format specifier 'abc' for object of type 'int'
# | ValueError Sign not allowed with integer format specifier 'c'
# | ValueError Alternate form (#) not allowed with integer format specifier 'c'
# | OverflowError %c arg not in range(0x110000)
# | OverflowError %c arg not in range(0x110000)
# | OverflowError Python int too large to convert to C long
# | ValueError Cannot specify both ',' and '_'.
# | ValueError Cannot specify both ',' and '_'.
# | ValueError Unknown format code 's' for object of type 'bool'
# | ValueError Too many decimal digits in format string
# | ValueError Too many decimal digits in format string
# | OverflowError int too large to convert to float
# | ValueError Unknown format code '\xe9' for object of type 'int'
# | ValueError Unknown format code '\xe9' for object of type 'str'
# | '1.0'
# | ValueError Unknown format code '\x1' for object of type 'int'
# | format expected at least 1 argument, got 0
# | format expected at most 2 arguments, got 3
# | format() argument 2 must be str, not int
# | 'None' '[1, 2]' 'x' '3'
