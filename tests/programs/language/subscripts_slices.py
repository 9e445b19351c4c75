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
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 0 9 0 [3, 4, 5] [0, 1, 2] [7, 8, 9] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
# | [0, 2, 4, 6, 8] [1, 3, 5, 7, 9] [9, 8, 7, 6, 5, 4, 3, 2, 1, 0] [8, 6, 4] [7, 8, 9] [0, 1, 2]
# | [] [0, 1] [] [2, 5] [9, 6, 3, 0]
# | 20 30 (20, 30) (40, 30, 20, 10)
# | a g cde gfedcba adg ef
# | 3 4
# | [[1, 20], [3, 4]]
