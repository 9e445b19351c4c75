# stackless scheduling: schedule_remove(value) returns value when the parked tasklet is re-inserted and resumed.
import stackless

box = []


def w():
    r = stackless.schedule_remove("token")
    print("schedule_remove returned", r)
    r = stackless.schedule_remove(12)
    print("schedule_remove returned", r)


t = stackless.tasklet(w)()
stackless.run()
print("parked once, alive", t.alive)
t.insert()
stackless.run()
print("parked twice, alive", t.alive)
t.insert()
stackless.run()
print("finished, alive", t.alive)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | parked once, alive True
# | schedule_remove returned token
# | parked twice, alive True
# | schedule_remove returned 12
# | finished, alive False
