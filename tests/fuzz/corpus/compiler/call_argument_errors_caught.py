# TypeError messages for bad calls, caught and printed.
def f(a, b):
    return a
def g(a, *, k):
    return a
def h():
    return 0
tries = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3),
    lambda: f(1, a=1),
    lambda: g(1),
    lambda: g(1, 2),
    lambda: h(1),
]
for t in tries:
    try:
        t()
    except TypeError as e:
        print(e)
