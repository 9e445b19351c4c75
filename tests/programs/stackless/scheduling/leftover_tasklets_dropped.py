# stackless scheduling: at program end runnable, parked and blocked tasklets are dropped: they do not run and their finally blocks stay silent.
import stackless

ch = stackless.channel()


def blocked():
    try:
        print("blocked: waiting")
        ch.receive()
        print("blocked: never")
    finally:
        print("blocked: finally (must not print)")


def parked():
    try:
        print("parked: parking")
        stackless.schedule_remove()
    finally:
        print("parked: finally (must not print)")


def runnable():
    try:
        print("runnable: first step")
        stackless.schedule()
        print("runnable: second step")
        stackless.schedule()
    finally:
        print("runnable: finally (must not print)")


def never():
    print("never started (must not print)")


stackless.tasklet(blocked)()
stackless.tasklet(parked)()
stackless.run()
stackless.tasklet(runnable)()
stackless.schedule()
stackless.tasklet(never)()
print("main ends with balance", ch.balance, "runcount", stackless.getruncount())
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | blocked: waiting
# | parked: parking
# | runnable: first step
# | main ends with balance -1 runcount 3
