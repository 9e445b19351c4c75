# An exception raised inside an except block carries the original as __context__.
try:
    try:
        {}["missing"]
    except KeyError:
        1 / 0
except ZeroDivisionError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError("first")
    finally:
        raise TypeError("from finally")
except TypeError as e:
    print(repr(e), repr(e.__context__))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | ZeroDivisionError('division by zero') KeyError('missing') None False
# | TypeError('from finally') ValueError('first')
