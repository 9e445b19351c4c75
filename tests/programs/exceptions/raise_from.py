# raise ... from sets __cause__; `from None` suppresses the context.
try:
    try:
        {}["key"]
    except KeyError as e:
        raise ValueError("lookup failed") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError("x") from KeyError()
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("clean") from None
except RuntimeError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | ValueError('lookup failed') KeyError('key') True
# | KeyError() None
# | RuntimeError('clean') None True ZeroDivisionError('division by zero')
