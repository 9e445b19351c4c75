# stackless channels: send() without a waiting receiver blocks the sender (balance 1) until main receives.
import stackless

ch = stackless.channel()


def sender(v):
    print("sender: sending", v)
    ch.send(v)
    print("sender: send returned")


t = stackless.tasklet(sender)("payload")
stackless.run()
print("after run: balance", ch.balance, "alive", t.alive)
v = ch.receive()
print("main received", v, "balance", ch.balance)
stackless.run()
print("sender alive", t.alive)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | sender: sending payload
# | after run: balance 1 alive True
# | main received payload balance 0
# | sender: send returned
# | sender alive False
