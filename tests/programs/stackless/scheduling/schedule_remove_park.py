# stackless scheduling: schedule_remove() parks the current tasklet; it resumes only after someone insert()s it.
import stackless

parked = []


def w(name):
    print(name, "parks")
    parked.append(stackless.getcurrent())
    stackless.schedule_remove()
    print(name, "resumed")


for name in ["p", "q", "r"]:
    stackless.tasklet(w)(name)
stackless.run()
print("all parked; runcount", stackless.getruncount(), "alive", [t.alive for t in parked])
for t in reversed(parked):
    t.insert()
print("re-inserted in reverse; runcount", stackless.getruncount())
stackless.run()
print("alive", [t.alive for t in parked])
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | p parks
# | q parks
# | r parks
# | all parked; runcount 1 alive [True, True, True]
# | re-inserted in reverse; runcount 4
# | r resumed
# | q resumed
# | p resumed
# | alive [False, False, False]
