# stackless tutorial: several producers and consumers on one channel; every item is consumed exactly once, in FIFO order.
import stackless

items = stackless.channel()
consumed = {}


def producer(name, count):
    for i in range(count):
        items.send(f"{name}{i}")
    print(name, "produced", count)


def consumer(name):
    got = consumed.setdefault(name, [])
    while True:
        it = items.receive()
        if it is None:
            break
        got.append(it)
        stackless.schedule()
    print(name, "stops after", len(got))


for name in ["c1", "c2"]:
    stackless.tasklet(consumer)(name)
stackless.tasklet(producer)("a", 4)
stackless.tasklet(producer)("b", 3)
stackless.run()
items.send(None)
items.send(None)
stackless.run()
print(consumed)
print("all:", sorted(consumed["c1"] + consumed["c2"]))
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | b produced 3
# | a produced 4
# | c2 stops after 3
# | c1 stops after 4
# | {'c1': ['a0', 'a1', 'a2', 'a3'], 'c2': ['b0', 'b1', 'b2']}
# | all: ['a0', 'a1', 'a2', 'a3', 'b0', 'b1', 'b2']
