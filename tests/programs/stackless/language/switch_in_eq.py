# stackless language: __eq__ that switches tasklets, called by ==, by `in` on a list and by list.index.
import stackless

log = []


class Slow:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        log.append("eq " + str(self.v))
        stackless.schedule()
        return isinstance(other, Slow) and self.v == other.v

    __hash__ = None


def compare(name, a, b):
    r = a == b
    print(name, "==", r)
    print(name, "in", Slow(b.v) in [Slow(9), a])


def bystander():
    for i in range(3):
        log.append("by " + str(i))
        stackless.schedule()


stackless.tasklet(compare)("x", Slow(1), Slow(1))
stackless.tasklet(bystander)()
stackless.tasklet(compare)("y", Slow(2), Slow(3))
stackless.run()
print(log)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | x == True
# | y == False
# | x in True
# | y in False
# | ['eq 1', 'by 0', 'eq 2', 'eq 9', 'by 1', 'eq 9', 'eq 1', 'by 2', 'eq 2']
