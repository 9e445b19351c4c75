# stackless exceptions: a tasklet error escapes run() while other tasklets stay blocked on a channel; main can still feed them.
import stackless

ch = stackless.channel()


def waiter(name):
    print(name, "got", ch.receive())


def boom():
    raise LookupError("boom")


stackless.tasklet(waiter)("w1")
stackless.tasklet(waiter)("w2")
stackless.tasklet(boom)()
try:
    stackless.run()
except LookupError as e:
    print("main caught", e, "balance", ch.balance)
ch.send("first")
ch.send("second")
print("balance", ch.balance)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | main caught boom balance -2
# | w1 got first
# | w2 got second
# | balance 0
