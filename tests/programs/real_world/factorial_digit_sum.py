# Big-integer factorials: digit sums, trailing zeros and digit counts.
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
def digit_sum(n):
    s = 0
    for d in str(n):
        s += int(d)
    return s
def trailing_zeros(n):
    s = str(n)
    return len(s) - len(s.rstrip("0"))
for n in [10, 25, 100, 500, 1000]:
    f = factorial(n)
    print(n, digit_sum(f), trailing_zeros(f), len(str(f)))
f100 = factorial(100)
print(str(f100)[:30])
zeros_by_formula = 0
p = 5
while p <= 1000:
    zeros_by_formula += 1000 // p
    p *= 5
print(zeros_by_formula == trailing_zeros(factorial(1000)))
total = 0
x = factorial(200)
while x:
    total += x % 10
    x //= 10
print(total == digit_sum(factorial(200)), total)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 10 27 2 7
# | 25 72 6 26
# | 100 648 24 158
# | 500 4599 124 1135
# | 1000 10539 249 2568
# | 933262154439441526816992388562
# | True
# | True 1404
