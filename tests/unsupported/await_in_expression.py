# stk-error: NotImplementedError: 'await' is not supported (await_in_expression.py, line 5, column 16)
# `await` nested inside a larger expression is reported at the keyword, not at the statement.
def caller(coro):
    base = 10
    y = base + await coro
    return y
