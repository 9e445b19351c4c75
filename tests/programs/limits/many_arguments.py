# Calls with hundreds of positional and keyword arguments via * and **.
def count(*args, **kwargs):
    return len(args), len(kwargs), sum(args), sum(kwargs.values())
nums = list(range(500))
kw = {}
for i in range(300):
    kw["k" + str(i)] = i
print(count(*nums))
print(count(*nums, **kw))
print(count(1, 2, *nums, 3, **kw))
def f(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p):
    return a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p
print(f(*range(16)))
print(f(**dict(zip("abcdefghijklmnop", range(16)))))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | (500, 0, 124750, 0)
# | (500, 300, 124750, 44850)
# | (503, 300, 124756, 44850)
# | 120
# | 120
