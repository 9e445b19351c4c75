# A class with __iter__ returning an iterator object with __next__ raising StopIteration.
class CountDown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountDownIter(self.start)


class CountDownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = CountDown(3)
for x in c:
    print(x)
print(list(c))
print([x * 10 for x in c])
it = iter(c)
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(next(it, "default"))
print(dict(zip(CountDown(3), "abc")))
print(max(CountDown(5)), tuple(CountDown(2)))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 3
# | 2
# | 1
# | [3, 2, 1]
# | [30, 20, 10]
# | 3 2 1
# | StopIteration
# | default
# | {3: 'a', 2: 'b', 1: 'c'}
# | 5 (2, 1)
