# stackless callbacks: channel and schedule callbacks interleave: the channel event comes first, then the switch it causes.
import stackless

names = {id(stackless.getmain()): "main"}
log = []
ch = stackless.channel()
names[id(ch)] = "ch"


def on_channel(c, t, sending, willblock):
    log.append("chan %s %s%s" % (names[id(t)], "send" if sending else "recv", " (blocks)" if willblock else ""))


def on_switch(prev, nxt):
    log.append("switch %s -> %s" % (names[id(prev)], names[id(nxt)]))


def ping():
    ch.send("x")
    ch.send("y")


def pong():
    ch.receive()
    ch.receive()


names[id(stackless.tasklet(ping)())] = "ping"
names[id(stackless.tasklet(pong)())] = "pong"
stackless.set_channel_callback(on_channel)
stackless.set_schedule_callback(on_switch)
stackless.run()
stackless.set_schedule_callback(None)
stackless.set_channel_callback(None)
print("\n".join(log))
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | switch main -> ping
# | chan ping send (blocks)
# | switch ping -> pong
# | chan pong recv
# | chan pong recv (blocks)
# | switch pong -> ping
# | chan ping send
# | switch ping -> pong
# | switch pong -> ping
# | switch ping -> main
