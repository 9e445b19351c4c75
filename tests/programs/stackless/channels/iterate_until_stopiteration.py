# stackless channels: a consumer loop ends when StopIteration arrives through the channel (send_exception(StopIteration, ...)).
# Native channel iteration (for v in ch) is used where the channel has __next__; PyPy's emulation lacks it and falls back
# to a receive() loop that stops on StopIteration, so both print the same.
import stackless

ch = stackless.channel()


def items():
    if hasattr(ch, "__next__"):
        for v in ch:
            yield v
    else:
        while True:
            try:
                v = ch.receive()
            except StopIteration:
                return
            yield v


def consumer():
    total = 0
    seen = []
    for v in items():
        seen.append(v)
        total += v
    print("consumer saw", seen, "total", total)


def producer():
    for v in [3, 1, 4, 1, 5]:
        ch.send(v)
    ch.send_exception(StopIteration, "done")
    print("producer finished")


stackless.tasklet(consumer)()
stackless.tasklet(producer)()
stackless.run()
print("balance", ch.balance)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | consumer saw [3, 1, 4, 1, 5] total 14
# | producer finished
# | balance 0
