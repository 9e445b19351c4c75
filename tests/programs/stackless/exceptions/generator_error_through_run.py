# stackless exceptions: an exception raised inside a generator that a tasklet is iterating travels out of the tasklet and out of run().
import stackless


def readings():
    yield 1
    stackless.schedule()
    yield 2
    raise OSError("sensor unplugged")


def monitor():
    for r in readings():
        print("reading", r)


def other():
    for i in range(3):
        print("other", i)
        stackless.schedule()


stackless.tasklet(monitor)()
stackless.tasklet(other)()
try:
    stackless.run()
except OSError as e:
    print("main caught OSError:", e)
stackless.run()
print("end")
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | reading 1
# | other 0
# | reading 2
# | main caught OSError: sensor unplugged
# | other 1
# | other 2
# | end
