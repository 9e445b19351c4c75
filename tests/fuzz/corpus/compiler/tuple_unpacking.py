# Tuple/list unpacking: plain, nested, starred targets and swapping.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(x, y), z = (3, 4), 5
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
p, *mid, q = range(6)
print(p, mid, q)
m, *n, o = 1, 2
print(m, n, o)
[i, [j, k]] = [1, [2, 3]]
print(i, j, k)
for key, (lo, hi) in [("a", (1, 2)), ("b", (3, 4))]:
    print(key, lo + hi)
s1 = s2 = 7
print(s1, s2)
