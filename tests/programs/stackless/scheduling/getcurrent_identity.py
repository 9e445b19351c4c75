# stackless scheduling: getcurrent() inside a tasklet is the object tasklet(f)(...) returned; getmain() is main everywhere.
import stackless

seen = {}


def probe(key):
    me = stackless.getcurrent()
    seen[key] = me
    print(key, "current is main:", me is stackless.getmain())
    stackless.schedule()
    print(key, "still the same object after a switch:", stackless.getcurrent() is me)


main = stackless.getcurrent()
print("in main, getcurrent() is getmain():", main is stackless.getmain())
t1 = stackless.tasklet(probe)("t1")
t2 = stackless.tasklet(probe)("t2")
stackless.run()
print("t1 saw itself:", seen["t1"] is t1, "t2 saw itself:", seen["t2"] is t2)
print("t1 is not t2:", seen["t1"] is not seen["t2"])
print("back in main:", stackless.getcurrent() is main, stackless.getmain() is main)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | in main, getcurrent() is getmain(): True
# | t1 current is main: False
# | t2 current is main: False
# | t1 still the same object after a switch: True
# | t2 still the same object after a switch: True
# | t1 saw itself: True t2 saw itself: True
# | t1 is not t2: True
# | back in main: True True
