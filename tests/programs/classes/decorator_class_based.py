# A class-based decorator with __call__ that counts and memoizes calls.
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


@CountCalls
def square(x):
    return x * x


@Memo
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(square(3), square(4), square(5))
print(square.calls, type(square).__name__)
print(fib(80))
print(len(fib.cache))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 9 16 25
# | 3 CountCalls
# | 23416728348467685
# | 81
