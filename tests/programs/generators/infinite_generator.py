# Infinite generators limited by hand (counter, break, zip with a finite range).
def naturals():
    n = 0
    while True:
        yield n
        n += 1


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out


print(take(5, naturals()))
print(take(15, fib()))
for i, f in zip(range(3), fib()):
    print(i, f)
big = None
for f in fib():
    if f > 10 ** 30:
        big = f
        break
print(big)
g = naturals()
print([next(g) for _ in range(4)], next(g))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | [0, 1, 2, 3, 4]
# | [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377]
# | 0 0
# | 1 1
# | 2 1
# | 1454489111232772683678306641953
# | [0, 1, 2, 3] 4
