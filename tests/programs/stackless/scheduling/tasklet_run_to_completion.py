# stackless scheduling: t.run() on a removed tasklet that never yields runs it to the end, then the caller continues before the queue.
import stackless


def quick(name):
    print(name, "runs to completion")


def queued(name):
    print(name, "runs from the queue")


q = stackless.tasklet(queued)("queued")
t = stackless.tasklet(quick)("direct")
t.remove()
print("main: runcount", stackless.getruncount())
t.run()
print("main: direct alive", t.alive, "runcount", stackless.getruncount())
stackless.run()
print("main: end")
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | main: runcount 2
# | direct runs to completion
# | main: direct alive False runcount 2
# | queued runs from the queue
# | main: end
