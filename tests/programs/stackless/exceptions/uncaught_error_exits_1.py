# stackless exceptions: a tasklet error that main does not catch ends the program with status 1 and a traceback.
import stackless


def worker():
    print("worker: about to fail")
    stackless.schedule()
    raise ValueError("unhandled in tasklet")


stackless.tasklet(worker)()
print("main: calling run")
stackless.run()
print("main: not reached")
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# exit: 1
# | main: calling run
# | worker: about to fail
# stderr-last: ValueError: unhandled in tasklet
