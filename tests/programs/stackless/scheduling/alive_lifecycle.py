# stackless scheduling: alive is False for an unbound or only-bound tasklet, True once it has arguments, False after it ends.
import stackless


def body():
    print("inside: alive", stackless.getcurrent().alive)
    stackless.schedule()


t = stackless.tasklet()
print("tasklet():", t.alive)
t.bind(body)
print("bind(body):", t.alive)
t.setup()
print("setup():", t.alive)
stackless.schedule()
print("after one step:", t.alive)
stackless.run()
print("after run:", t.alive)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | tasklet(): False
# | bind(body): False
# | setup(): True
# | inside: alive True
# | after one step: True
# | after run: False
