# `is` / `is not` with None, True, False and shared objects.
x = None
print(x is None, x is not None, None is None)
def nothing():
    pass
print(nothing() is None, nothing())
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
b.append(3)
print(a, c)
print(True is True, (1 == 1) is True, bool(0) is False)
