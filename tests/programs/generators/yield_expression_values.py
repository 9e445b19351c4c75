# yield as an expression: bare yield gives None on next(); yield inside expressions and calls.
def g():
    a = yield
    print("a =", a)
    b = (yield "two") + 1
    print("b =", b)
    print("list:", [(yield "three"), (yield "four")])


it = g()
print(next(it))
print(next(it))
print(it.send(41))
print(it.send("x"))
try:
    it.send("y")
except StopIteration:
    print("done")
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | None
# | a = None
# | two
# | b = 42
# | three
# | four
# | list: ['x', 'y']
# | done
