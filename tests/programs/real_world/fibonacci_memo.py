# Fibonacci with a memo dict: big values, memo size and a check against the iterative form.
memo = {0: 0, 1: 1}
def fib(n):
    if n in memo:
        return memo[n]
    r = fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
for n in [10, 50, 90, 200, 500]:
    print(n, fib(n))
print(len(memo), fib(300) == fib_iter(300), fib_iter(0), fib_iter(1))
evens = 0
n = 0
while fib(n) < 4000000:
    if fib(n) % 2 == 0:
        evens += fib(n)
    n += 1
print(evens)
print(len(str(fib(900))))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 10 55
# | 50 12586269025
# | 90 2880067194370816120
# | 200 280571172992510140037611932413038677189525
# | 500 139423224561697880139724382870407283950070256587697307264108962948325571622863290691557658876222521294125
# | 501 True 0 1
# | 4613732
# | 188
