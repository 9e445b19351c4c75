# Floor division and modulo on big integers, with every sign combination.
a = 2 ** 100 + 12345
b = 3 ** 40
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(-a // -b, -a % -b)
print(divmod(a, 7), divmod(-a, 7))
print(a // 1, a % 1, a // a, a % a)
c = 10 ** 30
print(c // 10 ** 29, c % (10 ** 15 + 7))
print((a * b + 17) // b == a, (a * b + 17) % b)
print(2 ** 64 // 3, 2 ** 64 % 3, -(2 ** 64) // 3)
