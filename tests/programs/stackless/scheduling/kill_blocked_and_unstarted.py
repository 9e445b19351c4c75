# stackless scheduling: kill() of a tasklet blocked on a channel runs its except/finally at once; kill() of a never-started one skips its body; killing a dead one is a no-op.
import stackless

try:
    TaskletExit = stackless.TaskletExit
except AttributeError:
    pass

ch = stackless.channel()


def waiter():
    try:
        ch.receive()
        print("waiter: not reached")
    except TaskletExit:
        print("waiter: got TaskletExit")
        raise
    finally:
        print("waiter: finally runs")


def never():
    print("never: must not print")


t = stackless.tasklet(waiter)()
stackless.run()
print("main: killing the blocked waiter")
t.kill()
print("main: waiter alive", t.alive)
t.kill()
print("main: second kill is a no-op, alive", t.alive)
n = stackless.tasklet(never)()
n.kill()
print("main: unstarted victim alive", n.alive, "runcount", stackless.getruncount())
stackless.run()
print("main: done")
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | main: killing the blocked waiter
# | waiter: got TaskletExit
# | waiter: finally runs
# | main: waiter alive False
# | main: second kill is a no-op, alive False
# | main: unstarted victim alive False runcount 1
# | main: done
