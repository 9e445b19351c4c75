# stackless callbacks: counting switches into each tasklet over a longer run with uneven work.
import stackless

names = {id(stackless.getmain()): "main"}
into = {}
out_of = {}


def on_switch(prev, nxt):
    p = names[id(prev)]
    n = names[id(nxt)]
    out_of[p] = out_of.get(p, 0) + 1
    into[n] = into.get(n, 0) + 1


def w(n):
    for i in range(n):
        stackless.schedule()


for k, n in enumerate([3, 0, 5, 1, 2]):
    names[id(stackless.tasklet(w)(n))] = f"t{k}"
stackless.set_schedule_callback(on_switch)
stackless.run()
stackless.set_schedule_callback(None)
print("into:  ", sorted(into.items()))
print("out of:", sorted(out_of.items()))
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | into:   [('main', 1), ('t0', 4), ('t1', 1), ('t2', 4), ('t3', 2), ('t4', 3)]
# | out of: [('main', 1), ('t0', 4), ('t1', 1), ('t2', 4), ('t3', 2), ('t4', 3)]
