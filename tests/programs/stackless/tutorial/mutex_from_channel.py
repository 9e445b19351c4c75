# stackless tutorial: a mutex whose token lives in a channel; read-modify-write with a switch in the middle stays correct under it.
import stackless


class Mutex:
    def __init__(self):
        self.ch = stackless.channel()
        self.ch.preference = 1
        self.locked = False

    def __enter__(self):
        if self.locked:
            self.ch.receive()
        self.locked = True
        return self

    def __exit__(self, *exc):
        if self.ch.balance < 0:
            self.ch.send(None)
        else:
            self.locked = False
        return False


counter = {"guarded": 0, "unguarded": 0}
m = Mutex()


def unsafe_add(key):
    v = counter[key]
    stackless.schedule()
    counter[key] = v + 1


def worker(n):
    for i in range(n):
        with m:
            unsafe_add("guarded")
        unsafe_add("unguarded")


for k in range(4):
    stackless.tasklet(worker)(5)
stackless.run()
print(counter, "locked at end:", m.locked)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | {'guarded': 20, 'unguarded': 20} locked at end: False
