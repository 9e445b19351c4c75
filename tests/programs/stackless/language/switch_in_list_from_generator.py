# stackless language: a generator that switches tasklets while being consumed by builtins (list(), sum(), sorted()).
import stackless


def slow_range(n):
    for i in range(n):
        stackless.schedule()
        yield i


def w(name):
    print(name, "list", list(slow_range(3)))
    print(name, "sum", sum(slow_range(4)))
    print(name, "sorted", sorted(slow_range(3), reverse=True))


def other():
    for i in range(4):
        print("other", i)
        stackless.schedule()


stackless.tasklet(w)("w")
stackless.tasklet(other)()
stackless.run()
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | other 0
# | other 1
# | other 2
# | w list [0, 1, 2]
# | other 3
# | w sum 6
# | w sorted [2, 1, 0]
