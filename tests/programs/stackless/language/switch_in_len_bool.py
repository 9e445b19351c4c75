# stackless language: __len__ and __bool__ that switch tasklets, reached through len(), if and while.
import stackless


class Bag:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        stackless.schedule()
        return self.n

    def __bool__(self):
        stackless.schedule()
        return self.n > 0


def w(name, n):
    b = Bag(n)
    print(name, "len", len(b))
    if b:
        print(name, "truthy")
    else:
        print(name, "falsy")
    while b:
        b.n -= 1
    print(name, "emptied")


stackless.tasklet(w)("p", 2)
stackless.tasklet(w)("q", 0)
stackless.run()
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | p len 2
# | q len 0
# | p truthy
# | q falsy
# | q emptied
# | p emptied
