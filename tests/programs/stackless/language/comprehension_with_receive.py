# stackless language: list, dict and set comprehensions and a generator expression that receive from a channel.
import stackless

ch = stackless.channel()


def consumer():
    squares = [ch.receive() ** 2 for i in range(3)]
    pairs = {i: ch.receive() for i in range(2)}
    uniq = {ch.receive() % 3 for i in range(4)}
    total = sum(x for x in [ch.receive(), ch.receive()])
    print(squares, pairs, sorted(uniq), total)


def producer():
    for v in range(11):
        ch.send(v)


stackless.tasklet(consumer)()
stackless.tasklet(producer)()
stackless.run()
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | [0, 1, 4] {0: 3, 1: 4} [0, 1, 2] 19
