# stackless scheduling: run() returns None when the queue is empty, also when nothing was queued, and can be called again and again.
import stackless


def w(i):
    print("tasklet", i)


print("empty run:", stackless.run())
for batch in range(3):
    for i in range(batch + 1):
        stackless.tasklet(w)(f"{batch}.{i}")
    print("batch", batch, "run ->", stackless.run(), "runcount", stackless.getruncount())
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | empty run: None
# | tasklet 0.0
# | batch 0 run -> None runcount 1
# | tasklet 1.0
# | tasklet 1.1
# | batch 1 run -> None runcount 1
# | tasklet 2.0
# | tasklet 2.1
# | tasklet 2.2
# | batch 2 run -> None runcount 1
