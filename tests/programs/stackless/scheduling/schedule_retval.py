# stackless scheduling: schedule(value) returns value once the tasklet resumes; without an argument it returns the current tasklet.
import stackless


def w(name):
    r = stackless.schedule(name.upper())
    print(name, "got back", r)
    r = stackless.schedule(len(name))
    print(name, "got back", r)
    r = stackless.schedule()
    print(name, "default is itself:", r is stackless.getcurrent())


stackless.tasklet(w)("ab")
stackless.tasklet(w)("xyz")
stackless.run()
print("main alone:", stackless.schedule("solo"), stackless.schedule() is stackless.getmain())
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | ab got back AB
# | xyz got back XYZ
# | ab got back 2
# | xyz got back 3
# | ab default is itself: True
# | xyz default is itself: True
# | main alone: solo True
