# stackless callbacks: set_channel_callback(cb) sees every send and receive with the caller, the direction and whether it blocks.
import stackless

names = {id(stackless.getmain()): "main"}
events = []


def on_channel(ch, t, sending, willblock):
    events.append("%s %s %s %s" % (names[id(ch)], names[id(t)], "send" if sending else "recv",
                                   "blocks" if willblock else "pairs"))


left = stackless.channel()
right = stackless.channel()
names[id(left)] = "L"
names[id(right)] = "R"


def relay():
    for i in range(2):
        v = left.receive()
        right.send(v * 2)


def feeder():
    left.send(1)
    left.send(2)


names[id(stackless.tasklet(relay)())] = "relay"
names[id(stackless.tasklet(feeder)())] = "feeder"
stackless.set_channel_callback(on_channel)
stackless.run()
print("main got", right.receive())
stackless.run()
print("main got", right.receive())
stackless.run()
stackless.set_channel_callback(None)
print("\n".join(events))
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | main got 2
# | main got 4
# | L relay recv blocks
# | L feeder send pairs
# | R relay send blocks
# | L feeder send blocks
# | R main recv pairs
# | L relay recv pairs
# | R relay send blocks
# | R main recv pairs
