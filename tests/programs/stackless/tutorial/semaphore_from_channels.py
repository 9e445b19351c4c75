# stackless tutorial: a counting semaphore built from a channel; at most two tasklets are inside the guarded section at a time.
import stackless


class Semaphore:
    def __init__(self, value):
        self.value = value
        self.waiters = stackless.channel()

    def acquire(self):
        if self.value > 0:
            self.value -= 1
        else:
            self.waiters.receive()

    def release(self):
        if self.waiters.balance < 0:
            self.waiters.send(None)
        else:
            self.value += 1


sem = Semaphore(2)
inside = []
peak = [0]
log = []


def user(name, hold):
    sem.acquire()
    inside.append(name)
    peak[0] = max(peak[0], len(inside))
    log.append(f"{name} in {sorted(inside)}")
    for i in range(hold):
        stackless.schedule()
    inside.remove(name)
    log.append(f"{name} out")
    sem.release()


for name, hold in [("a", 3), ("b", 1), ("c", 2), ("d", 1), ("e", 0)]:
    stackless.tasklet(user)(name, hold)
stackless.run()
print("\n".join(log))
print("peak", peak[0], "final value", sem.value)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | a in ['a']
# | b in ['a', 'b']
# | b out
# | c in ['a', 'c']
# | a out
# | d in ['c', 'd']
# | c out
# | e in ['d', 'e']
# | e out
# | d out
# | peak 2 final value 2
