# stackless tutorial: an elevator controller tasklet serves passenger requests sent over a channel, moving one floor per tick.
import stackless

calls = stackless.channel()
log = []


def elevator():
    floor = 0
    pending = []
    ticks = 0
    while True:
        while calls.balance > 0:
            req = calls.receive()
            if req is None:
                log.append(f"parked at {floor} after {ticks} ticks")
                return
            pending.append(req)
        if not pending:
            stackless.schedule()
            continue
        name, src, dst, arrived = pending[0]
        target = src if not arrived else dst
        if floor == target:
            if not arrived:
                log.append(f"t{ticks} pick {name} at {floor}")
                pending[0] = (name, src, dst, True)
            else:
                log.append(f"t{ticks} drop {name} at {floor}")
                pending.pop(0)
        else:
            floor += 1 if target > floor else -1
        ticks += 1
        stackless.schedule()


def passenger(name, src, dst, wait):
    for i in range(wait):
        stackless.schedule()
    calls.send((name, src, dst, False))


stackless.tasklet(elevator)()
stackless.tasklet(passenger)("ann", 3, 0, 0)
stackless.tasklet(passenger)("bob", 1, 5, 2)
stackless.tasklet(passenger)("cy", 4, 2, 10)


def closer():
    for i in range(60):
        stackless.schedule()
    calls.send(None)


stackless.tasklet(closer)()
stackless.run()
print("\n".join(log))
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | t3 pick ann at 3
# | t7 drop ann at 0
# | t9 pick bob at 1
# | t14 drop bob at 5
# | t16 pick cy at 4
# | t19 drop cy at 2
# | parked at 2 after 20 ticks
