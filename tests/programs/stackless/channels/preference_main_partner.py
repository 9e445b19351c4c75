# stackless channels: preference with main as the acting side: a preferred waiting partner runs at once, otherwise main continues.
import stackless


def trial(pref):
    ch = stackless.channel()
    ch.preference = pref
    log = []

    def rx():
        log.append("rx got " + str(ch.receive()))

    def tx():
        ch.send("from tx")
        log.append("tx resumed")

    stackless.tasklet(rx)()
    stackless.run()
    ch.send("from main")
    log.append("main after send")
    stackless.run()
    stackless.tasklet(tx)()
    stackless.run()
    log.append("main got " + ch.receive())
    log.append("main after receive")
    stackless.run()
    print(f"pref {pref:2d}:", "; ".join(log))


for pref in (-1, 0, 1):
    trial(pref)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | pref -1: rx got from main; main after send; main got from tx; main after receive; tx resumed
# | pref  0: main after send; rx got from main; main got from tx; main after receive; tx resumed
# | pref  1: main after send; rx got from main; tx resumed; main got from tx; main after receive
