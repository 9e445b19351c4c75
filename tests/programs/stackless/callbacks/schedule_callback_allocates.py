# stackless callbacks: a schedule callback that allocates a few MB (enough to trigger a garbage collection) on every switch, including tasklet ends.
import stackless

names = {id(stackless.getmain()): "main"}
events = []
ch = stackless.channel()


def on_switch(prev, nxt):
    snapshot = "x" * 3000000
    for i in range(3):
        snapshot = snapshot[1:]
    events.append(names[id(prev)] + ">" + names[id(nxt)] + ":" + str(len(snapshot)))


def sender(items):
    for it in items:
        ch.send({"item": it, "pad": [it] * 3})


def receiver(n):
    got = []
    for i in range(n):
        got.append(ch.receive()["pad"])
    print("receiver got", got)


names[id(stackless.tasklet(receiver)(3))] = "rx"
names[id(stackless.tasklet(sender)("abc"))] = "tx"
stackless.set_schedule_callback(on_switch)
stackless.run()
stackless.set_schedule_callback(None)
print(events)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | receiver got [['a', 'a', 'a'], ['b', 'b', 'b'], ['c', 'c', 'c']]
# | ['main>rx:2999997', 'rx>tx:2999997', 'tx>rx:2999997', 'rx>tx:2999997', 'tx>rx:2999997', 'rx>tx:2999997', 'tx>rx:2999997', 'rx>tx:2999997', 'tx>main:2999997']
