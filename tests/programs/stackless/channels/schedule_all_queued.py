# stackless channels: schedule_all makes the acting side yield: queued tasklets run first, then the partner, then the actor.
import stackless


def trial(op, pref):
    ch = stackless.channel()
    ch.schedule_all = True
    ch.preference = pref
    log = []

    def waiter():
        if op == "send":
            log.append("W:" + ch.receive())
        else:
            ch.send("w")
            log.append("W:sent")

    def actor():
        if op == "send":
            ch.send("a")
            log.append("A:sent")
        else:
            log.append("A:" + ch.receive())

    def bystander(name):
        log.append(name)

    stackless.tasklet(waiter)()
    stackless.run()
    stackless.tasklet(actor)()
    stackless.tasklet(bystander)("x")
    stackless.tasklet(bystander)("y")
    stackless.run()
    print(f"{op:7s} pref {pref:2d}:", " ".join(log))


for op in ("send", "receive"):
    for pref in (-1, 0, 1):
        trial(op, pref)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | send    pref -1: x y W:a A:sent
# | send    pref  0: x y W:a A:sent
# | send    pref  1: x y W:a A:sent
# | receive pref -1: x y W:sent A:w
# | receive pref  0: x y W:sent A:w
# | receive pref  1: x y W:sent A:w
