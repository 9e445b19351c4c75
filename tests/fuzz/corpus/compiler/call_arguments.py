# Calls with positional, keyword, default, *args, **kwargs and keyword-only parameters.
def f(a, b=2, *args, c, d=4, **kw):
    print(a, b, args, c, d, sorted(kw.items()))
f(1, c=3)
f(1, 5, 6, 7, c=8)
f(a=1, c=2, d=3, z=9, y=8)
f(*[10, 20, 30], **{"c": 40, "e": 50})
def g(x, y, z):
    return x * 100 + y * 10 + z
print(g(1, 2, 3), g(z=3, y=2, x=1), g(1, *(2, 3)), g(*[1], **{"z": 3, "y": 2}))
def h(*args, **kwargs):
    return len(args), kwargs
print(h(), h(1, 2), h(a=1), h(1, b=2))
def kwonly(*, key, reverse=False):
    return key, reverse
print(kwonly(key=1), kwonly(reverse=True, key=2))
t = (1, 2)
print(g(*t, 9), g(0, *t))
