# Exception .args, str(), repr() and type(e).__name__ for several argument shapes.
cases = [ValueError(), ValueError("msg"), ValueError("a", 2), KeyError("k"), KeyError(),
         IndexError(3), TypeError(None), ZeroDivisionError("division by zero"), Exception("x", "y")]
for e in cases:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
try:
    {}[("t", 1)]
except KeyError as e:
    print(e.args, str(e), repr(e))
try:
    raise RuntimeError
except RuntimeError as e:
    print(repr(e), e.args, isinstance(e, Exception))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | ValueError () '' ValueError()
# | ValueError ('msg',) 'msg' ValueError('msg')
# | ValueError ('a', 2) "('a', 2)" ValueError('a', 2)
# | KeyError ('k',) "'k'" KeyError('k')
# | KeyError () '' KeyError()
# | IndexError (3,) '3' IndexError(3)
# | TypeError (None,) 'None' TypeError(None)
# | ZeroDivisionError ('division by zero',) 'division by zero' ZeroDivisionError('division by zero')
# | Exception ('x', 'y') "('x', 'y')" Exception('x', 'y')
# | (('t', 1),) ('t', 1) KeyError(('t', 1))
# | RuntimeError() () True
