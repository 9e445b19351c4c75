# stackless callbacks: the schedule callback reports the switches caused by blocking and unblocking on a channel.
import stackless

names = {id(stackless.getmain()): "main"}
events = []


def on_switch(prev, nxt):
    events.append((names.get(id(prev), "?"), names.get(id(nxt), "?")))


ch = stackless.channel()


def producer():
    for i in range(3):
        ch.send(i)


def consumer():
    for i in range(3):
        ch.receive()


names[id(stackless.tasklet(consumer)())] = "cons"
names[id(stackless.tasklet(producer)())] = "prod"
stackless.set_schedule_callback(on_switch)
stackless.run()
stackless.set_schedule_callback(None)
for prev, nxt in events:
    print(f"{prev:>5} -> {nxt}")
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# |  main -> cons
# |  cons -> prod
# |  prod -> cons
# |  cons -> prod
# |  prod -> cons
# |  cons -> prod
# |  prod -> cons
# |  cons -> prod
# |  prod -> main
