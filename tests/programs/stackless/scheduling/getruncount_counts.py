# stackless scheduling: getruncount() counts runnable tasklets including the current one; blocked and finished ones do not count.
import stackless

ch = stackless.channel()


def sleeper():
    print("sleeper sees", stackless.getruncount())
    ch.receive()
    print("sleeper woke, sees", stackless.getruncount())


def idler(n):
    for i in range(n):
        print("idler", i, "sees", stackless.getruncount())
        stackless.schedule()


print("start:", stackless.getruncount())
stackless.tasklet(sleeper)()
stackless.tasklet(idler)(3)
print("two created:", stackless.getruncount())
stackless.run()
print("after run, sleeper blocked:", stackless.getruncount(), "balance", ch.balance)
ch.send(None)
print("after send:", stackless.getruncount())
stackless.run()
print("end:", stackless.getruncount())
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | start: 1
# | two created: 3
# | sleeper sees 2
# | idler 0 sees 1
# | idler 1 sees 1
# | idler 2 sees 1
# | after run, sleeper blocked: 1 balance -1
# | sleeper woke, sees 2
# | after send: 1
# | end: 1
