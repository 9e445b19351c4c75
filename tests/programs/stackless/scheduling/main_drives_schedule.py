# stackless scheduling: main stays in the queue and drives equal-length workers with schedule(); all end in the same round.
import stackless

log = []


def worker(name):
    for i in range(3):
        log.append(f"{name}{i}")
        stackless.schedule()


for name in "ABC":
    stackless.tasklet(worker)(name)
rounds = 0
while stackless.getruncount() > 1:
    rounds += 1
    before = len(log)
    stackless.schedule()
    print("round", rounds, "->", log[before:], "runcount", stackless.getruncount())
print("rounds:", rounds)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | round 1 -> ['A0', 'B0', 'C0'] runcount 4
# | round 2 -> ['A1', 'B1', 'C1'] runcount 4
# | round 3 -> ['A2', 'B2', 'C2'] runcount 4
# | round 4 -> [] runcount 1
# | rounds: 4
