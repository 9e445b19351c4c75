# Without __contains__, `in` falls back to __iter__, then to __getitem__.
class Evens:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        i = 0
        while i < self.n:
            print("yield", i)
            yield i
            i += 2


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10


print(4 in Evens(10))
print(5 in Evens(6))
print(20 in Seq(), 25 in Seq())
try:
    print(1 in object())
except TypeError as e:
    print("TypeError:", e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | yield 0
# | yield 2
# | yield 4
# | True
# | yield 0
# | yield 2
# | yield 4
# | False
# | True False
# | TypeError: argument of type 'object' is not iterable
