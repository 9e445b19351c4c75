# stackless tutorial: a reusable barrier built from a channel; no tasklet starts phase k+1 before all finished phase k.
import stackless


class Barrier:
    def __init__(self, parties):
        self.parties = parties
        self.waiting = 0
        self.gate = stackless.channel()

    def wait(self):
        self.waiting += 1
        if self.waiting == self.parties:
            self.waiting = 0
            for i in range(self.parties - 1):
                self.gate.send(None)
        else:
            self.gate.receive()


barrier = Barrier(3)
log = []


def worker(name, work):
    for phase in range(3):
        for i in range(work):
            stackless.schedule()
        log.append((phase, name))
        barrier.wait()


stackless.tasklet(worker)("a", 1)
stackless.tasklet(worker)("b", 3)
stackless.tasklet(worker)("c", 0)
stackless.run()
print(log)
phases = [p for p, n in log]
print("phases never interleave:", phases == sorted(phases))
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | [(0, 'c'), (0, 'a'), (0, 'b'), (1, 'c'), (1, 'a'), (1, 'b'), (2, 'c'), (2, 'a'), (2, 'b')]
# | phases never interleave: True
