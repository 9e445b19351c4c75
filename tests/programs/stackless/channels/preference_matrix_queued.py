# stackless channels: who runs after a transfer, for preference -1/0/1 and both directions, with two bystanders queued.
import stackless


def trial(pref, op):
    ch = stackless.channel()
    ch.preference = pref
    log = []

    def waiter():
        if op == "send":
            log.append("W:" + str(ch.receive()))
        else:
            ch.send("w")
            log.append("W:sent")

    def actor():
        if op == "send":
            ch.send("a")
            log.append("A:sent")
        else:
            log.append("A:" + str(ch.receive()))

    def bystander(name):
        log.append(name)

    stackless.tasklet(waiter)()
    stackless.run()
    stackless.tasklet(actor)()
    stackless.tasklet(bystander)("x")
    stackless.tasklet(bystander)("y")
    stackless.run()
    print(f"pref {pref:2d} actor {op:7s}:", " ".join(log), "| balance", ch.balance)


for op in ("send", "receive"):
    for pref in (-1, 0, 1):
        trial(pref, op)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | pref -1 actor send   : W:a x y A:sent | balance 0
# | pref  0 actor send   : A:sent x y W:a | balance 0
# | pref  1 actor send   : A:sent x y W:a | balance 0
# | pref -1 actor receive: A:w x y W:sent | balance 0
# | pref  0 actor receive: A:w x y W:sent | balance 0
# | pref  1 actor receive: W:sent x y A:w | balance 0
