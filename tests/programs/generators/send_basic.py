# send() resumes a generator and becomes the value of the yield expression.
def running_total():
    total = 0
    while True:
        x = yield total
        if x is None:
            print("got None")
            continue
        total += x


g = running_total()
print(next(g))
print(g.send(5))
print(g.send(10))
print(next(g))
print(g.send(-3))


def echo():
    received = []
    while len(received) < 3:
        v = yield len(received)
        received.append(v)
    return received


e = echo()
print(e.send(None))
print(e.send("a"))
print(e.send("b"))
try:
    e.send("c")
except StopIteration as s:
    print("finished with", s.value)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 0
# | 5
# | 15
# | got None
# | 15
# | 12
# | 0
# | 1
# | 2
# | finished with ['a', 'b', 'c']
