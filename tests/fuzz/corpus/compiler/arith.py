x = 1
y = x + 2 * 3 - 4 / 5 // 6 % 7 ** 8
print(x, y)
