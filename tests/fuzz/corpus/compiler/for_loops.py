# for loops over lists, strings, dicts and ranges with break/continue/else and nesting.
for c in "abc":
    print(c, end="-")
print()
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print(i, end=",")
print()
for x in [1, 2, 3]:
    pass
else:
    print("else after full loop, x =", x)
for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print("not printed")
print("broke at", x)
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print((i, j), end=";")
print()
d = {"b": 1, "a": 2}
for k in d:
    print(k, d[k])
for i in []:
    print("never")
else:
    print("empty loop else")
