# A user exception derived from Exception: args, str(e), repr(e) and catching it.
class MyError(Exception):
    pass


try:
    raise MyError("bad thing", 42)
except MyError as e:
    print(e.args)
    print(str(e))
    print(repr(e))
    print(type(e).__name__)
try:
    raise MyError("single")
except Exception as e:
    print(str(e), repr(e), e.args)
try:
    raise MyError
except MyError as e:
    print(repr(str(e)), repr(e), e.args)
print(issubclass(MyError, Exception), isinstance(MyError(), BaseException))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | ('bad thing', 42)
# | ('bad thing', 42)
# | MyError('bad thing', 42)
# | MyError
# | single MyError('single') ('single',)
# | '' MyError() ()
# | True True
