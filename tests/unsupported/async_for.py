# stk-error: NotImplementedError: 'async for' is not supported (async_for.py, line 5, column 5)
# `async for` (in an ordinary function, so that it is the first unsupported construct stk meets).
def consume(source):
    total = 0
    async for item in source:
        total += item
    return total
