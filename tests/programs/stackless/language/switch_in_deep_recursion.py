# stackless language: tasklets switching at the bottom of a 500-deep recursion, and at every level on the way back.
import stackless


def dive(name, depth):
    if depth == 0:
        stackless.schedule()
        return 0
    r = dive(name, depth - 1)
    if depth % 100 == 0:
        stackless.schedule()
        print(name, "back at depth", depth)
    return r + 1


def w(name):
    print(name, "result", dive(name, 500))


stackless.tasklet(w)("a")
stackless.tasklet(w)("b")
stackless.run()
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | a back at depth 100
# | b back at depth 100
# | a back at depth 200
# | b back at depth 200
# | a back at depth 300
# | b back at depth 300
# | a back at depth 400
# | b back at depth 400
# | a back at depth 500
# | a result 500
# | b back at depth 500
# | b result 500
