# stk-error: NotImplementedError: 'async with' is not supported (async_with.py, line 4, column 5)
# `async with` (in an ordinary function, so that it is the first unsupported construct stk meets).
def use(lock):
    async with lock:
        return 1
