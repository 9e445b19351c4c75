# The ** operator: right associativity, unary minus precedence, negative exponents give floats.
print(2 ** 10, 2 ** 0, 0 ** 0, 1 ** 1000)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, (-2) ** 3)
print(2 ** -1, 2 ** -2, 10 ** -3)
print(4 ** 0.5, 2.0 ** 3, 9 ** 0.5)
print(pow(3, 4), pow(2, -1), pow(3, 4, 5), pow(-3, 3, 7))
print(type(2 ** 5).__name__, type(2 ** -5).__name__)
