# Default arguments are evaluated once; a mutable default persists between calls.
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
n = 10
def show(v=n):
    return v
n = 20
print(show(), show(5))
def counter(d={}):
    d["calls"] = d.get("calls", 0) + 1
    return d["calls"]
counter()
counter()
print(counter())
def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe(1), safe(2))
