# Unary minus, plus, invert and not on ints, floats and bools.
x = 5
print(-x, +x, ~x, not x)
print(- -x, -(-x), --x, ~~x)
print(-0, -0.0, +(-3.5), not 0, not 0.0, not "")
print(-True, +False, ~True, not None)
print(-(2 ** 70), -(-(2 ** 70)))
print(not [], not [0], not {}, not (1,))
