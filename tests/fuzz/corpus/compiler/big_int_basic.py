# Arbitrary-precision integers: powers, factorials, negative big values, int/big boundaries.
print(2 ** 100)
print(2 ** 63, 2 ** 63 - 1, -(2 ** 63), -(2 ** 63) - 1)
print(2 ** 64 + 1, 2 ** 62 * 4)
def factorial(n):
    r = 1
    i = 2
    while i <= n:
        r *= i
        i += 1
    return r
print(factorial(50))
print(factorial(25) // factorial(23))
print(-factorial(30))
p = 1
for k in range(1, 40):
    p = p * (k * 1000003)
print(p)
print(p - p, p + (-p), (p * 0), -p * -1 == p)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(4611686018427387904 * 2, 3037000500 * 3037000500)
