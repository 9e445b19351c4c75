# `and`/`or` return one of their operands and short-circuit; `not` returns a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print(None or "default", "" or [] or 0, [] and 1, "x" and "y")
print(not 1, not 0, not None, not "a")
def side(v):
    print("eval", v)
    return v
print(side(0) and side(1))
print(side(1) or side(2))
print(side(1) and side(0) or side(3))
x = None
name = x or "anon"
print(name, (x is None) and "none" or "some")
