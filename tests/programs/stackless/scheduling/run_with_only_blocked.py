# stackless scheduling: run() returns at once when every other tasklet is blocked; they stay blocked until main feeds them.
import stackless

ch = stackless.channel()


def waiter(name):
    print(name, "waits")
    print(name, "got", ch.receive())


for name in ["w1", "w2"]:
    stackless.tasklet(waiter)(name)
stackless.run()
print("first run returned, runcount", stackless.getruncount(), "balance", ch.balance)
print("second run returns", stackless.run(), "balance", ch.balance)
ch.send("x")
ch.send("y")
print("balance", ch.balance)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | w1 waits
# | w2 waits
# | first run returned, runcount 1 balance -2
# | second run returns None balance -2
# | w1 got x
# | w2 got y
# | balance 0
