# stackless channels: blocked senders deliver in the order they started waiting, whatever their values.
import stackless

ch = stackless.channel()


def s(v):
    ch.send(v)
    print("sender of", v, "released")


for v in [5, 3, 9, 1, 7]:
    stackless.tasklet(s)(v)
stackless.run()
print("received", [ch.receive() for i in range(5)])
stackless.run()
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | received [5, 3, 9, 1, 7]
# | sender of 5 released
# | sender of 3 released
# | sender of 9 released
# | sender of 1 released
# | sender of 7 released
