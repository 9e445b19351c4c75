@dec
@dec2(1)
def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:
    """doc"""
    return a

lambda x, *y, **z: x
