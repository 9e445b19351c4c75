# stackless scheduling: t.run() on a tasklet parked by schedule_remove() resumes it immediately.
import stackless


def w():
    print("w: first part")
    stackless.schedule_remove()
    print("w: resumed by run()")


def other():
    print("other runs")


t = stackless.tasklet(w)()
stackless.run()
stackless.tasklet(other)()
print("main: t parked, other queued; run t now")
t.run()
print("main: t finished:", not t.alive)
stackless.run()
print("main: done")
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | w: first part
# | main: t parked, other queued; run t now
# | w: resumed by run()
# | main: t finished: True
# | other runs
# | main: done
