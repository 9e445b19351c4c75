# str.format error messages: numbering switches, bad indexes and names, malformed fields.
def attempt(fmt, *args, **kwargs):
    try:
        print(repr(fmt.format(*args, **kwargs)))
    except (ValueError, KeyError, IndexError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)

attempt("{}{0}", 1)
attempt("{0}{}", 1)
attempt("{1}", 1)
attempt("{}")
attempt("{x}", 1)
attempt("{", 1)
attempt("}", 1)
attempt("a{0", 1)
attempt("{0:", 1)
attempt("{0!x}", 1)
attempt("{0!}", 1)
attempt("{0!rr}", 1)
attempt("{0[}", 1)
attempt("{0]}", [1])
attempt("{0[0]x}", [1])
attempt("{0.}", [1])
attempt("{a{}", 1)
attempt("{:{:{}}}", 1, 2, 3)
attempt("{0.nope}", 1)
attempt("{0[5]}", [1])
attempt("{0[k]}", {})
attempt("{:d}", "a")
attempt("{:x}", None)
attempt("{:,s}", "a")
attempt("{0}", **{"a": 1})
try:
    "{0}".format_map({})
except ValueError as e:
    print("ValueError", e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | ValueError cannot switch from automatic field numbering to manual field specification
# | ValueError cannot switch from manual field specification to automatic field numbering
# | IndexError Replacement index 1 out of range for positional args tuple
# | IndexError Replacement index 0 out of range for positional args tuple
# | KeyError 'x'
# | ValueError Single '{' encountered in format string
# | ValueError Single '}' encountered in format string
# | ValueError expected '}' before end of string
# | ValueError unmatched '{' in format spec
# | ValueError Unknown conversion specifier x
# | ValueError unmatched '{' in format spec
# | ValueError expected ':' after conversion specifier
# | ValueError expected '}' before end of string
# | KeyError '0]'
# | ValueError Only '.' or '[' may follow ']' in format field specifier
# | ValueError Empty attribute in format string
# | ValueError unexpected '{' in field name
# | ValueError Max string recursion exceeded
# | AttributeError 'int' object has no attribute 'nope'
# | IndexError list index out of range
# | KeyError 'k'
# | ValueError Unknown format code 'd' for object of type 'str'
# | TypeError unsupported format string passed to NoneType.__format__
# | ValueError Cannot specify ',' with 's'.
# | IndexError Replacement index 0 out of range for positional args tuple
# | ValueError Format string contains positional fields
