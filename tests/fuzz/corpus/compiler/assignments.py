a = b = c = 1
a, *b = c, d = e
(x, y), [z] = t
x[1:2, ::3, ...] = y
x.y.z -= 1
if (n := len(a)) > 10: print(n)
