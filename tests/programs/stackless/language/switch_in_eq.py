# stackless language: __eq__ and __lt__ that switch tasklets, called directly by ==, != and < in two tasklets at once.
import stackless

log = []


class Slow:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        log.append("eq " + str(self.v))
        stackless.schedule()
        return isinstance(other, Slow) and self.v == other.v

    def __lt__(self, other):
        log.append("lt " + str(self.v))
        stackless.schedule()
        return self.v < other.v

    __hash__ = None


def compare(name, a, b):
    print(name, "==", a == b)
    print(name, "!=", a != b)
    print(name, "<", a < b)


def bystander():
    for i in range(4):
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
# | x != False
# | y != True
# | x < False
# | y < True
# | ['eq 1', 'by 0', 'eq 2', 'eq 1', 'by 1', 'eq 2', 'lt 1', 'by 2', 'lt 2', 'by 3']
