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
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 104267600099 5856291598919666422
# | -104267600100 6301373860137262379
# | -104267600100 -6301373860137262379
# | 104267600099 -5856291598919666422
# | (181092942889747057356671888245, 6) (-181092942889747057356671888246, 1)
# | 1267650600228229401496703217721 0 1 0
# | 10 49
# | True 17
# | 6148914691236517205 1 -6148914691236517206
