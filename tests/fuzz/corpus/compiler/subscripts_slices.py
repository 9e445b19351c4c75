# Indexing and slicing lists, tuples and strings, with negative indices and steps.
a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[0], a[-1], a[-10], a[3:6], a[:3], a[7:], a[:])
print(a[::2], a[1::2], a[::-1], a[8:2:-2], a[-3:], a[:-7])
print(a[100:], a[-100:2], a[5:2], a[2:8:3], a[::-3])
t = (10, 20, 30, 40)
print(t[1], t[-2], t[1:3], t[::-1])
s = "abcdefg"
print(s[0], s[-1], s[2:5], s[::-1], s[::3], s[-3:-1])
m = [[1, 2], [3, 4]]
print(m[1][0], m[-1][-1])
m[0][1] = 20
print(m)
