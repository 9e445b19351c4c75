# Wrapping a built-in exception in a custom one with raise ... from; __cause__ is kept.
class ConfigError(Exception):
    pass


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad number " + repr(text)) from e


print(parse("12"))
try:
    parse("x")
except ConfigError as e:
    print("ConfigError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
parse("y")
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | 12
# | ConfigError: bad number 'x'
# | cause: ValueError invalid literal for int() with base 10: 'x'
# stderr-last: ConfigError: bad number 'y'
