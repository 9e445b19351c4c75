# stackless language: __getitem__ and __setitem__ that block on a channel or yield, used through subscripts in a tasklet.
import stackless

ch = stackless.channel()


class Remote:
    def __init__(self):
        self.store = {}

    def __getitem__(self, i):
        return ch.receive() + i

    def __setitem__(self, k, v):
        stackless.schedule()
        self.store[k] = v


def reader():
    r = Remote()
    print("r[0] =", r[0])
    r["k"] = "v"
    print("store", r.store)
    print("r[1] + r[2] =", r[1] + r[2])


def feeder():
    for v in [100, 200, 300]:
        ch.send(v)


stackless.tasklet(reader)()
stackless.tasklet(feeder)()
stackless.run()
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | r[0] = 100
# | store {'k': 'v'}
# | r[1] + r[2] = 503
