# stackless exceptions: after an error escapes run(), the rest of the queue is intact and another run() finishes it.
import stackless


def steady(name, n):
    for i in range(n):
        print(name, i)
        stackless.schedule()
    print(name, "done")


def faulty():
    print("faulty: step 0")
    stackless.schedule()
    raise RuntimeError("faulty gave up")


stackless.tasklet(steady)("A", 3)
stackless.tasklet(faulty)()
stackless.tasklet(steady)("B", 3)
try:
    stackless.run()
except RuntimeError as e:
    print("main caught:", e, "| runcount", stackless.getruncount())
stackless.run()
print("finished, runcount", stackless.getruncount())
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | A 0
# | faulty: step 0
# | B 0
# | A 1
# | main caught: faulty gave up | runcount 3
# | B 1
# | A 2
# | B 2
# | A done
# | B done
# | finished, runcount 1
