# stackless scheduling: t.run() on a removed tasklet switches to it at once; when it yields, the caller goes on before the rest.
import stackless


def w(name):
    print(name, "starts")
    stackless.schedule()
    print(name, "second step")
    stackless.schedule()
    print(name, "ends")


a = stackless.tasklet(w)("A")
b = stackless.tasklet(w)("B")
c = stackless.tasklet(w)("C")
c.remove()
print("main runs C directly")
c.run()
print("main back, runcount", stackless.getruncount())
stackless.run()
print("alive", a.alive, b.alive, c.alive)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | main runs C directly
# | C starts
# | main back, runcount 4
# | A starts
# | B starts
# | C second step
# | A second step
# | B second step
# | C ends
# | A ends
# | B ends
# | alive False False False
