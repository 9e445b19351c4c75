# del on names, list items, dict keys and slices.
x = 5
del x
try:
    print(x)
except NameError as e:
    print(e)
a = [0, 1, 2, 3, 4, 5]
del a[0]
del a[-1]
print(a)
del a[1:3]
print(a)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
p, q = 1, 2
del p, q
try:
    del a[10]
except IndexError as e:
    print(e)
