a = [x * y for x in range(3) if x for y in z]
b = {k: v for k, v in d.items()}
c = {i for i in s}
g = (i for i in s)
f(i for i in s)
