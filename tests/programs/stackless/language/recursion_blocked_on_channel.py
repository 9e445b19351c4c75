# stackless language: a recursive tree walk that sends every node over a channel from depth, consumed by another tasklet.
import stackless

ch = stackless.channel()


def walk(node, depth):
    if node is None:
        return
    left, value, right = node
    walk(left, depth + 1)
    ch.send((value, depth))
    walk(right, depth + 1)


def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return (build(lo, mid - 1), mid, build(mid + 1, hi))


def producer():
    walk(build(1, 200), 0)
    ch.send(None)


def consumer():
    out = []
    while True:
        item = ch.receive()
        if item is None:
            break
        out.append(item)
    print("count", len(out), "first", out[:3], "deepest", max(d for v, d in out))
    print("in order:", [v for v, d in out] == list(range(1, 201)))


stackless.tasklet(producer)()
stackless.tasklet(consumer)()
stackless.run()
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | count 200 first [(1, 6), (2, 7), (3, 5)] deepest 7
# | in order: True
