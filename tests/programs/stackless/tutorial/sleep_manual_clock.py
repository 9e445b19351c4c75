# stackless tutorial: sleeping tasklets on a manual clock; a scheduler loop advances fake time and wakes sleepers in deadline order.
import stackless

now = [0]
sleepers = []  # (wake_time, seq, channel)
seq = [0]


def sleep(ticks):
    ch = stackless.channel()
    seq[0] += 1
    sleepers.append((now[0] + ticks, seq[0], ch))
    ch.receive()


def task(name, period, count):
    for i in range(count):
        sleep(period)
        print(f"t={now[0]:3d} {name} wakes ({i + 1}/{count})")
    print(f"t={now[0]:3d} {name} finished")


stackless.tasklet(task)("fast", 3, 4)
stackless.tasklet(task)("slow", 7, 2)
stackless.tasklet(task)("once", 10, 1)
stackless.run()
while sleepers:
    sleepers.sort()
    wake, s, ch = sleepers.pop(0)
    now[0] = wake
    ch.send(None)
    stackless.run()
print("clock stopped at", now[0])
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | t=  3 fast wakes (1/4)
# | t=  6 fast wakes (2/4)
# | t=  7 slow wakes (1/2)
# | t=  9 fast wakes (3/4)
# | t= 10 once wakes (1/1)
# | t= 10 once finished
# | t= 12 fast wakes (4/4)
# | t= 12 fast finished
# | t= 14 slow wakes (2/2)
# | t= 14 slow finished
# | clock stopped at 14
