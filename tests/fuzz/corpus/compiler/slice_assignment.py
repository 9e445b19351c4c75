# Slice assignment (growing, shrinking, extended) and deleting slices.
a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[1:3]
print(a)
del a[::3]
print(a)
b = [1, 2, 3]
b[1:2] = []
print(b)
b[:] = "hi"
print(b)
try:
    b[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
