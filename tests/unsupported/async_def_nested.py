# stk-error: NotImplementedError: 'async def' is not supported (async_def_nested.py, line 5, column 5)
# A coroutine definition nested in an ordinary function: the column is that of `async`.
def outer():
    x = 1
    async def inner():
        return x
    return inner
print("not printed")
