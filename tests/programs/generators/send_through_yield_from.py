# send() and throw() pass through yield from to the innermost generator.
def inner():
    got = []
    while True:
        try:
            v = yield len(got)
        except ValueError as e:
            print("inner caught", e)
            v = "err"
        if v == "stop":
            return got
        got.append(v)


def outer():
    result = yield from inner()
    print("inner returned", result)
    yield "outer done"


g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.throw(ValueError("bad")))
print(g.send("stop"))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 0
# | 1
# | 2
# | inner caught bad
# | 3
# | inner returned ['a', 'b', 'err']
# | outer done
