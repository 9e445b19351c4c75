# stackless callbacks: set_schedule_callback(None) stops the reports; installing a new callback replaces the old one.
import stackless

names = {id(stackless.getmain()): "main"}
first = []
second = []


def w(name):
    stackless.schedule()


def batch(tag):
    for k in range(2):
        t = stackless.tasklet(w)(k)
        names[id(t)] = f"{tag}{k}"
    stackless.run()


stackless.set_schedule_callback(lambda p, n: first.append(names[id(p)] + ">" + names[id(n)]))
batch("a")
stackless.set_schedule_callback(None)
batch("b")
stackless.set_schedule_callback(lambda p, n: second.append(names[id(p)] + ">" + names[id(n)]))
batch("c")
stackless.set_schedule_callback(None)
print("first: ", first)
print("second:", second)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | first:  ['main>a0', 'a0>a1', 'a1>a0', 'a0>a1', 'a1>main']
# | second: ['main>c0', 'c0>c1', 'c1>c0', 'c0>c1', 'c1>main']
