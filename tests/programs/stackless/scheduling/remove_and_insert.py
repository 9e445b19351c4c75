# stackless scheduling: remove() takes a runnable tasklet out of the queue (still alive), insert() puts it back at the end.
import stackless

out = []


def w(name):
    for i in range(3):
        out.append(f"{name}{i}")
        stackless.schedule()


a = stackless.tasklet(w)("a")
b = stackless.tasklet(w)("b")
c = stackless.tasklet(w)("c")
a.remove()
print("removed a before it started: runcount", stackless.getruncount(), "alive", a.alive)
stackless.run()
print("without a:", out)
out.clear()
a.insert()
print("inserted a: runcount", stackless.getruncount())
stackless.run()
print("a alone:", out)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | removed a before it started: runcount 3 alive True
# | without a: ['b0', 'c0', 'b1', 'c1', 'b2', 'c2']
# | inserted a: runcount 2
# | a alone: ['a0', 'a1', 'a2']
