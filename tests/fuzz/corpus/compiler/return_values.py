# return with no value, one value and several values (a tuple).
def none_implicit():
    x = 1
def none_explicit():
    return
def pair(a, b):
    return a + b, a - b
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
print(none_implicit(), none_explicit())
s, d = pair(7, 3)
print(s, d, pair(1, 1))
print(early(50), early(0))
r = pair(2, 5)
print(type(r).__name__, len(r))
