# stk-error: NotImplementedError: 'await' is not supported (await_expression.py, line 4, column 12)
# `await` in an ordinary function: the column is that of the `await` keyword.
def caller(coro):
    return await coro
