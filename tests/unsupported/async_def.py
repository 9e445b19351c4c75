# stk-error: NotImplementedError: 'async def' is not supported (async_def.py, line 4, column 1)
# A coroutine definition at module level; nothing runs because the file is rejected when compiled.
print("not printed")
async def fetch():
    return 1
