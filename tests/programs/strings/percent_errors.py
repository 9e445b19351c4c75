# '%' formatting error messages: argument counts, bad types, bad characters, mappings.
def attempt(fmt, args):
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)

attempt("%s %s", ("a",))
attempt("%s", ("a", "b"))
attempt("abc", 5)
attempt("%d", "a")
attempt("%x", 1.5)
attempt("%o", "s")
attempt("%f", "a")
attempt("%y", 1)
attempt("a%yb", (1,))
attempt("%y", ())
attempt("%c", 1.5)
attempt("%c", "ab")
attempt("%c", -1)
attempt("%c", 2 ** 40)
attempt("abc%", ())
attempt("%(a)s", 5)
attempt("%(a", {"a": 1})
attempt("%(b)s", {"a": 1})
attempt("%*d", ("a", 1))
attempt("%d", float("inf"))
attempt("%d", float("inf") - float("inf"))
attempt("%s %s", [1, 2])
attempt("%.", 1)
attempt("%5", 1)
attempt("%-", 1)
attempt("%é", 1)
attempt("%(a)s %(a)s", {"a": 1})
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | TypeError not enough arguments for format string
# | TypeError not all arguments converted during string formatting
# | TypeError not all arguments converted during string formatting
# | TypeError %d format: a real number is required, not str
# | TypeError %x format: an integer is required, not float
# | TypeError %o format: an integer is required, not str
# | TypeError must be real number, not str
# | ValueError unsupported format character 'y' (0x79) at index 1
# | ValueError unsupported format character 'y' (0x79) at index 2
# | TypeError not enough arguments for format string
# | TypeError %c requires int or char
# | TypeError %c requires int or char
# | OverflowError %c arg not in range(0x110000)
# | OverflowError %c arg not in range(0x110000)
# | ValueError incomplete format
# | TypeError format requires a mapping
# | ValueError incomplete format key
# | KeyError 'b'
# | TypeError * wants int
# | OverflowError cannot convert float infinity to integer
# | ValueError cannot convert float NaN to integer
# | TypeError not enough arguments for format string
# | ValueError incomplete format
# | ValueError incomplete format
# | ValueError incomplete format
# | ValueError unsupported format character '?' (0xe9) at index 1
# | '1 1'
