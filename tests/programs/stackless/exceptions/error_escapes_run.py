# stackless exceptions: an uncaught exception in a tasklet comes out of stackless.run() in main, with its type and message.
import stackless


def bad(n):
    print("bad starts with", n)
    stackless.schedule()
    return 10 // n


stackless.tasklet(bad)(0)
try:
    stackless.run()
    print("run returned normally?")
except ZeroDivisionError as e:
    print("main caught", type(e).__name__, "-", e)
print("runcount", stackless.getruncount())
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | bad starts with 0
# | main caught ZeroDivisionError - integer division or modulo by zero
# | runcount 1
