# Lists with 100,000 elements: build, sort, slice, sum and delete.
n = 100000
a = []
for i in range(n):
    a.append((i * 7919) % n)
print(len(a), sum(a), a[:5], a[-3:])
a.sort()
print(a[0], a[n // 2], a[-1])
b = a[::1000]
print(len(b), b[:4])
del a[10:n - 10]
print(len(a), a)
c = [0] * n
c[n - 1] = 5
print(len(c), c.count(0), c.index(5))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 100000 4999950000 [0, 7919, 15838, 23757, 31676] [76243, 84162, 92081]
# | 0 50000 99999
# | 100 [0, 1000, 2000, 3000]
# | 20 [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 99990, 99991, 99992, 99993, 99994, 99995, 99996, 99997, 99998, 99999]
# | 100000 99999 99999
