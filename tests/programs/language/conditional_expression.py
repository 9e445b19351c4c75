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
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | -2 neg
# | -1 neg
# | 0 zero
# | 1 pos
# | 2 pos
# | ok
# | lazy
# | 15
