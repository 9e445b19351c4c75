# time: clocks do not go backwards, sleep waits at least as long as asked, result types.
import time

a = time.monotonic()
b = time.monotonic()
print(b >= a, type(a).__name__)
p1 = time.perf_counter()
time.sleep(0.02)
p2 = time.perf_counter()
print(p2 - p1 >= 0.015, p2 - p1 < 5)
n1 = time.monotonic_ns()
n2 = time.monotonic_ns()
print(n2 >= n1, type(n1).__name__)
print(type(time.perf_counter_ns()).__name__, type(time.time_ns()).__name__)
t = time.time()
print(t > 1600000000, abs(time.time_ns() / 1e9 - t) < 5)
time.sleep(0)
time.sleep(False)
for bad in [-1, "1", float("nan")]:
    try:
        time.sleep(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    time.time(1)
except TypeError as e:
    print(e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | True float
# | True True
# | True int
# | int int
# | True True
# | ValueError sleep length must be non-negative
# | TypeError 'str' object cannot be interpreted as an integer
# | ValueError Invalid value NaN (not a number)
# | time.time() takes no arguments (1 given)
