# Calling a function with an unknown keyword argument raises TypeError.
def f(a, b=1):
    return a + b
print(f(1, b=2))
f(1, z=3)
