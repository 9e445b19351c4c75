# timeout: 30
# stackless large: 20,000 messages from two producers to one consumer over a single channel; per-producer order is preserved.
import stackless

N = 10000
ch = stackless.channel()


def producer(tag):
    for i in range(N):
        ch.send((tag, i))
    ch.send((tag, None))


def consumer(out):
    last = {"a": -1, "b": -1}
    in_order = True
    count = 0
    ended = 0
    while ended < 2:
        tag, i = ch.receive()
        if i is None:
            ended += 1
            continue
        if i != last[tag] + 1:
            in_order = False
        last[tag] = i
        count += 1
    out.send((count, in_order, last))


out = stackless.channel()
stackless.tasklet(consumer)(out)
stackless.tasklet(producer)("a")
stackless.tasklet(producer)("b")
print(out.receive())
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | (20000, True, {'a': 9999, 'b': 9999})
