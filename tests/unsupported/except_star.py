# stk-error: NotImplementedError: 'except*' is not supported (except_star.py, line 7, column 1)
# exit: 1
# An exception-group handler; reported at the `except` keyword.
print("not printed")
try:
    pass
except* ValueError:
    pass
