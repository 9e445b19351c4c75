# stackless scheduling: a finished tasklet can be bound to a new function and run again, keeping its identity.
import stackless


def first(x):
    print("first", x)


def second(x, y):
    print("second", x + y)


t = stackless.tasklet(first)
t(1)
stackless.run()
print("finished:", not t.alive)
t.bind(second)
t(2, 3)
stackless.run()
same = stackless.tasklet(first)
print("two tasklets differ:", same is not t)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | first 1
# | finished: True
# | second 5
# | two tasklets differ: True
