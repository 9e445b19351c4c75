# The conditional expression `a if c else b`, nested and lazily evaluated.
for n in range(-2, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
def boom():
    raise ValueError("should not run")
print("ok" if True else boom())
print(boom() if False else "lazy")
x = 7
y = (x * 2 if x > 5 else x) + 1
print(y)
