# Function decorators applied to methods wrap them and still receive self.
def trace(fn):
    def wrapper(self, *args):
        print("enter", fn.__name__, type(self).__name__, args)
        r = fn(self, *args)
        print("exit", fn.__name__, r)
        return r
    return wrapper


def clamp(lo, hi):
    def deco(fn):
        def wrapper(self, v):
            return fn(self, max(lo, min(hi, v)))
        return wrapper
    return deco


class Dial:
    def __init__(self):
        self.level = 0

    @trace
    def set(self, v):
        self.level = v
        return v

    @clamp(0, 10)
    def set_clamped(self, v):
        self.level = v
        return v


d = Dial()
d.set(3)
print(d.set_clamped(25), d.level)
print(d.set_clamped(-4), d.level)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | enter set Dial (3,)
# | exit set 3
# | 10 10
# | 0 0
