# stackless scheduling: tasklet(f) binds, calling it (or setup) supplies arguments and queues it, and returns the same tasklet.
import stackless


def f(x, y=0):
    print("f", x, y)


t = stackless.tasklet(f)
print("bound only, alive:", t.alive)
r = t(1, y=2)
print("call returned the tasklet:", r is t, "alive:", t.alive)
u = stackless.tasklet(f)
r2 = u.setup(3)
print("setup returned the tasklet:", r2 is u, "alive:", u.alive)
print("runcount:", stackless.getruncount())
stackless.run()
print("after run alive:", t.alive, u.alive)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | bound only, alive: False
# | call returned the tasklet: True alive: True
# | setup returned the tasklet: True alive: True
# | runcount: 3
# | f 1 2
# | f 3 0
# | after run alive: False False
