d = {**a, "k": 1, **b}
s = {*a, 1}
l = [*a, *b]
t = 1,
u = ()
v = (yield)
f(*args, k=1, **kw)
