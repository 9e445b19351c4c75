# Set displays of constants iterate in CPython's order (built from a frozenset
# constant, including folded constants like -1 and 2**61), unlike sets built item by item.
print({-1, -2, 2**61, 100, 8, 16})
print({5, 1, 9, 33, 17, 65, 129})
s = set()
for x in [-1, -2, 2**61, 100, 8, 16]:
    s.add(x)
print(s)
print({1 << 70, 3, 7 * 9, -(2**40)})
x = 3
print({x, 11, 19, 27, 35})
print(sorted({10, 20, 30, 40, 50, 60, 70, 80, 90}))
