# stackless scheduling: schedule() is round robin; a tasklet that finishes early drops out and the rest keep their order.
import stackless

steps = []


def worker(name, n):
    for i in range(n):
        steps.append(f"{name}{i}")
        stackless.schedule()
    steps.append(f"[{name} done]")


stackless.tasklet(worker)("a", 1)
stackless.tasklet(worker)("b", 4)
stackless.tasklet(worker)("c", 2)
stackless.tasklet(worker)("d", 3)
stackless.run()
print(" ".join(steps))
print("runcount after run:", stackless.getruncount())
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | a0 b0 c0 d0 [a done] b1 c1 d1 b2 [c done] d2 b3 [d done] [b done]
# | runcount after run: 1
