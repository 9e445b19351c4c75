# stackless language: a generator body that switches tasklets between yields, iterated by a for loop in each tasklet.
import stackless


def ticks(name, n):
    for i in range(n):
        stackless.schedule()
        yield f"{name}{i}"


def run_gen(name, n):
    got = []
    for v in ticks(name, n):
        got.append(v)
        print("loop", v)
    print(name, "collected", got)


stackless.tasklet(run_gen)("a", 2)
stackless.tasklet(run_gen)("b", 3)
stackless.run()
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | loop a0
# | loop b0
# | loop a1
# | a collected ['a0', 'a1']
# | loop b1
# | loop b2
# | b collected ['b0', 'b1', 'b2']
