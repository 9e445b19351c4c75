async def f():
    await x
match = 3
match x:
    case 1: pass
