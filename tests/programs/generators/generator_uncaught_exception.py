# An exception raised inside a generator propagates out of the consuming loop; it is then finished.
def risky():
    yield 1
    yield 10 // 0
    yield 3


g = risky()
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("caught", e)
print(next(g, "finished"))
for x in risky():
    print(x)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | 1
# | caught integer division or modulo by zero
# | finished
# | 1
# stderr-last: ZeroDivisionError: integer division or modulo by zero
