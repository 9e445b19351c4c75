# stackless language: __bool__ that switches tasklets, reached through if, while and not.
import stackless


class Gate:
    def __init__(self, n):
        self.n = n

    def __bool__(self):
        stackless.schedule()
        return self.n > 0


def w(name, n):
    g = Gate(n)
    if g:
        print(name, "truthy")
    else:
        print(name, "falsy")
    print(name, "not:", not g)
    while g:
        g.n -= 1
    print(name, "emptied")


stackless.tasklet(w)("p", 2)
stackless.tasklet(w)("q", 0)
stackless.run()
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | p truthy
# | q falsy
# | p not: False
# | q not: True
# | q emptied
# | p emptied
