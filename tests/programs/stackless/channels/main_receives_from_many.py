# stackless channels: main collects one result from each of several workers over one channel, in completion order.
import stackless

results = stackless.channel()


def worker(name, steps):
    acc = 0
    for i in range(steps):
        acc += i
        stackless.schedule()
    results.send((name, steps, acc))


for name, steps in [("slow", 5), ("fast", 1), ("mid", 3), ("zero", 0)]:
    stackless.tasklet(worker)(name, steps)
for i in range(4):
    print(results.receive())
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | ('zero', 0, 0)
# | ('fast', 1, 0)
# | ('mid', 3, 3)
# | ('slow', 5, 10)
