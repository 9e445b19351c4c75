# stackless channels: receive() without a waiting sender blocks the receiver (balance -1) until main sends.
import stackless

ch = stackless.channel()


def receiver():
    print("receiver: waiting")
    v = ch.receive()
    print("receiver: got", v)


t = stackless.tasklet(receiver)()
stackless.run()
print("after run: balance", ch.balance, "runcount", stackless.getruncount())
ch.send([1, 2, 3])
print("main: send returned, balance", ch.balance, "alive", t.alive)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | receiver: waiting
# | after run: balance -1 runcount 1
# | receiver: got [1, 2, 3]
# | main: send returned, balance 0 alive False
