# stackless exceptions: try/finally spanning switches runs its finally block when the tasklet ends normally.
import stackless

log = []


def w(name):
    try:
        log.append(name + " enter")
        stackless.schedule()
        log.append(name + " body")
        stackless.schedule()
    finally:
        log.append(name + " finally")
    log.append(name + " after")


stackless.tasklet(w)("a")
stackless.tasklet(w)("b")
stackless.run()
print("\n".join(log))
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | a enter
# | b enter
# | a body
# | b body
# | a finally
# | a after
# | b finally
# | b after
