# stackless callbacks: set_schedule_callback sees every switch of a round-robin run: entry, each schedule(), each end, return to main.
import stackless

names = {id(stackless.getmain()): "main"}
events = []


def on_switch(prev, nxt):
    events.append(names.get(id(prev), "?") + ">" + names.get(id(nxt), "?"))


def w(n):
    for i in range(n):
        stackless.schedule()


a = stackless.tasklet(w)(2)
b = stackless.tasklet(w)(1)
names[id(a)] = "A"
names[id(b)] = "B"
stackless.set_schedule_callback(on_switch)
stackless.run()
stackless.set_schedule_callback(None)
print(" ".join(events))
print(len(events), "switches")
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | main>A A>B B>A A>B B>A A>main
# | 6 switches
