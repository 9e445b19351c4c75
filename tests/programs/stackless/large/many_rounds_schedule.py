# timeout: 30
# stackless large: 1,000 tasklets doing 20 rounds of schedule() each; the interleaving stays strictly round robin.
import stackless

N = 1000
ROUNDS = 20
trace = []


def w(i):
    for r in range(ROUNDS):
        trace.append(i)
        stackless.schedule()


for i in range(N):
    stackless.tasklet(w)(i)
stackless.run()
ok = all(trace[r * N:(r + 1) * N] == list(range(N)) for r in range(ROUNDS))
print("steps", len(trace), "round robin:", ok)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | steps 20000 round robin: True
