# __call__ makes instances callable with positional, keyword and default arguments.
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __call__(self, x, scale=1):
        self.calls += 1
        return (x + self.n) * scale


add5 = Adder(5)
print(add5(1), add5(2, 3), add5(x=10, scale=2))
print(add5.calls)
print(list(map(add5, [0, 1, 2])))
print(callable(add5), callable(5))
print(sorted([3, 1, 2], key=Adder(-10)))
try:
    object()()
except TypeError as e:
    print("TypeError:", e)


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 6 21 30
# | 3
# | [5, 6, 7]
# | True False
# | [1, 2, 3]
# | TypeError: 'object' object is not callable
# | TypeError: 'NotCallable' object is not callable
