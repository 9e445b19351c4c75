# iter() and next(), with and without a default, and iterator exhaustion.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
s = iter("ab")
print(next(s), list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
r = iter(range(3))
print(list(r))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration caught", repr(e))
it2 = iter([10, 20])
for v in it2:
    print("loop", v)
print(next(it2, "exhausted"))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 1 2 3 done None
# | a ['b'] []
# | x y
# | [0, 1, 2]
# | StopIteration caught StopIteration()
# | loop 10
# | loop 20
# | exhausted
