# Integer + - * // % with positive and negative operands.
a = 17
b = 5
print(a + b, a - b, a * b, a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(-a // -b, -a % -b)
print(7 // 7, 0 // 5, 0 % 5, -1 // 2, -1 % 2)
print(1 - 2 - 3, 2 * 3 + 4, 2 + 3 * 4, (2 + 3) * 4, 10 - 2 * 3 ** 2)
print(100 // 7 * 7 + 100 % 7)
x = 1
x = x * 10 + 3
print(x, -x, +x)
