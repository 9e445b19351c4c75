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
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | f() missing 2 required positional arguments: 'a' and 'b'
# | f() missing 1 required positional argument: 'b'
# | f() takes 2 positional arguments but 3 were given
# | f() got an unexpected keyword argument 'c'
# | f() got multiple values for argument 'a'
# | g() missing 1 required keyword-only argument: 'k'
# | g() takes 1 positional argument but 2 were given
# | h() takes 0 positional arguments but 1 was given
