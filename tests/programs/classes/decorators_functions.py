# Function decorators: a wrapper that logs calls and counts them via a function attribute.
def logged(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("->", result)
        return result
    return wrapper


@logged
def add(a, b):
    return a + b


@logged
def greet(name, punct="!"):
    return "hi " + name + punct


add(1, 2)
greet("ann")
greet("bo", punct="?")
print(add.__name__)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | call add (1, 2) {}
# | -> 3
# | call greet ('ann',) {}
# | -> hi ann!
# | call greet ('bo',) {'punct': '?'}
# | -> hi bo?
# | wrapper
