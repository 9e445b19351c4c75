# stackless callbacks: a channel callback that allocates a few MB (enough to trigger a garbage collection), around send_exception and send.
import stackless

ch = stackless.channel()
history = []


def on_channel(c, t, sending, willblock):
    snapshot = "x" * 3000000
    for i in range(3):
        snapshot = snapshot[1:]
    history.append(("send" if sending else "recv", len(snapshot)))


def rx():
    for i in range(2):
        try:
            print("rx got", ch.receive())
        except ValueError as e:
            print("rx caught", e)


stackless.tasklet(rx)()
stackless.set_channel_callback(on_channel)
stackless.run()
ch.send_exception(ValueError, "bad")
ch.send(["still", "alive"])
stackless.set_channel_callback(None)
print(history)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | rx caught bad
# | rx got ['still', 'alive']
# | [('recv', 2999997), ('send', 2999997), ('recv', 2999997), ('send', 2999997)]
