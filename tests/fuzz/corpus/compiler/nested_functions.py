# Functions defined inside functions, passed around and returned.
def compose(f, g):
    def h(x):
        return f(g(x))
    return h
def inc(x):
    return x + 1
def dbl(x):
    return x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(dbl, 10, 1))
def outer(a):
    def mid(b):
        def inner(c):
            return a + b + c
        return inner
    return mid
print(outer(1)(2)(3))
def noop():
    pass
print(noop(), noop.__name__, inc.__name__)
