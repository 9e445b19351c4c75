# Catching base classes: LookupError, ArithmeticError, Exception and BaseException.
def catch(fn):
    try:
        fn()
    except LookupError as e:
        return "LookupError caught " + type(e).__name__
    except ArithmeticError as e:
        return "ArithmeticError caught " + type(e).__name__
    except Exception as e:
        return "Exception caught " + type(e).__name__
    return "nothing"
print(catch(lambda: {}["k"]))
print(catch(lambda: [][1]))
print(catch(lambda: "abc"[5]))
print(catch(lambda: 1 / 0))
print(catch(lambda: 1.0 % 0))
print(catch(lambda: 2.0 ** 10000))
print(catch(lambda: int("x")))
print(catch(lambda: None.foo))
print(catch(lambda: 0))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(OverflowError, ArithmeticError), issubclass(RecursionError, RuntimeError))
print(issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception))
print(issubclass(SystemExit, Exception), issubclass(StopIteration, Exception))
print(issubclass(UnboundLocalError, NameError), issubclass(NotImplementedError, RuntimeError))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | LookupError caught KeyError
# | LookupError caught IndexError
# | LookupError caught IndexError
# | ArithmeticError caught ZeroDivisionError
# | ArithmeticError caught ZeroDivisionError
# | ArithmeticError caught OverflowError
# | Exception caught ValueError
# | Exception caught AttributeError
# | nothing
# | True True
# | True True
# | True False
# | False True
# | True True
