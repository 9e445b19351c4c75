# stackless callbacks: a tasklet parked with schedule_remove() and inserted again shows up in the switch reports.
import stackless

names = {id(stackless.getmain()): "main"}
events = []


def parker():
    stackless.schedule_remove()


def other():
    stackless.schedule()


p = stackless.tasklet(parker)()
o = stackless.tasklet(other)()
names[id(p)] = "parker"
names[id(o)] = "other"
stackless.set_schedule_callback(lambda a, b: events.append(names[id(a)] + ">" + names[id(b)]))
stackless.run()
events.append("| main inserts parker |")
p.insert()
stackless.run()
stackless.set_schedule_callback(None)
print(" ".join(events))
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | main>parker parker>other other>main | main inserts parker | main>parker parker>main
