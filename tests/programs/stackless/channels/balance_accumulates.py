# stackless channels: balance is the number of blocked senders (positive) or minus the number of blocked receivers.
import stackless

ch = stackless.channel()


def s(v):
    ch.send(v)


def r(tag):
    print(tag, "got", ch.receive())


for v in range(4):
    stackless.tasklet(s)(v)
stackless.run()
print("four senders waiting:", ch.balance)
print("main takes", ch.receive(), ch.receive(), "balance", ch.balance)
stackless.run()
print("main takes", ch.receive(), ch.receive(), "balance", ch.balance)
stackless.run()
for tag in "xyz":
    stackless.tasklet(r)(tag)
stackless.run()
print("three receivers waiting:", ch.balance)
ch.send("one")
print("balance", ch.balance)
ch.send("two")
ch.send("three")
print("balance", ch.balance)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | four senders waiting: 4
# | main takes 0 1 balance 2
# | main takes 2 3 balance 0
# | three receivers waiting: -3
# | x got one
# | balance -2
# | y got two
# | z got three
# | balance 0
