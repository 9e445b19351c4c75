# stackless callbacks: the channel callback also fires for send_exception, which counts as a send.
# The blocking send_exception is not the last runnable tasklet ("other" finishes after it), so run() returns normally.
import stackless

names = {id(stackless.getmain()): "main"}
events = []
ch = stackless.channel()
names[id(ch)] = "ch"


def on_channel(c, t, sending, willblock):
    events.append((names[id(c)], names[id(t)], bool(sending), bool(willblock)))


def rx():
    try:
        ch.receive()
    except ValueError as e:
        print("rx caught", e)


names[id(stackless.tasklet(rx)())] = "rx"
stackless.set_channel_callback(on_channel)
stackless.run()
ch.send_exception(ValueError, "bad")
stackless.run()


def tx():
    ch.send_exception(ValueError, "late")


def other():
    stackless.schedule()


names[id(stackless.tasklet(tx)())] = "tx"
names[id(stackless.tasklet(other)())] = "other"
stackless.run()
try:
    ch.receive()
except ValueError as e:
    print("main caught", e)
stackless.run()
stackless.set_channel_callback(None)
for e in events:
    print(e)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | rx caught bad
# | main caught late
# | ('ch', 'rx', False, True)
# | ('ch', 'main', True, False)
# | ('ch', 'tx', True, True)
# | ('ch', 'main', False, False)
