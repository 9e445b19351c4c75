# stackless channels: send_exception with no receiver waiting blocks like send(); main's receive() then raises.
# Another tasklet finishes after the sender blocks, so run() returns normally (when the blocking sender is the
# last runnable tasklet, real Stackless also raises the exception from run(), PyPy does not).
import stackless

ch = stackless.channel()


def sender():
    print("sender: about to send an exception")
    ch.send_exception(IndexError, "out of range")
    print("sender: released")


def other():
    stackless.schedule()
    print("other: finishes last")


stackless.tasklet(sender)()
stackless.tasklet(other)()
stackless.run()
print("balance", ch.balance)
try:
    ch.receive()
    print("no exception?")
except IndexError as e:
    print("main caught IndexError:", e)
print("balance", ch.balance)
stackless.run()
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | sender: about to send an exception
# | other: finishes last
# | balance 1
# | main caught IndexError: out of range
# | balance 0
# | sender: released
