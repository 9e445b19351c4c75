# Augmented assignment on locals, globals, list items and dict values.
total = 0
def add(n):
    global total
    total += n
add(5)
add(7)
print(total)
x = 10
x -= 3
x *= 4
x //= 3
x %= 5
x **= 3
x <<= 2
x >>= 1
x |= 1
x &= 0xff
x ^= 2
print(x)
f = 1.5
f /= 2
print(f)
a = [1, 2, 3]
a[1] += 10
a[-1] *= 2
print(a)
d = {"k": 1}
d["k"] += 1
print(d)
lst = [1]
alias = lst
lst += [2, 3]
print(alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
s = "ab"
s += "cd"
s *= 2
print(s)
