# stackless language: __getitem__ and __setitem__ that receive from a channel, used by subscripts and by a for loop.
import stackless

ch = stackless.channel()


class Remote:
    def __init__(self, n):
        self.n = n
        self.store = {}

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return ch.receive() + i

    def __setitem__(self, k, v):
        stackless.schedule()
        self.store[k] = v


def reader():
    r = Remote(3)
    print("r[0] =", r[0])
    r["k"] = "v"
    print("store", r.store)
    print("loop", [x for x in r])


def feeder():
    for v in [100, 200, 300, 400]:
        ch.send(v)


stackless.tasklet(reader)()
stackless.tasklet(feeder)()
stackless.run()
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | r[0] = 100
# | store {'k': 'v'}
# | loop [200, 301, 402]
