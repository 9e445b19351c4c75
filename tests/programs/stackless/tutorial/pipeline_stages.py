# stackless tutorial: a four-stage pipeline (generate, square, keep odd, sum) of tasklets joined by channels.
import stackless


def generate(out, n):
    for i in range(1, n + 1):
        out.send(i)
    out.send(None)


def square(inp, out):
    while True:
        v = inp.receive()
        out.send(None if v is None else v * v)
        if v is None:
            return


def keep_odd(inp, out):
    while True:
        v = inp.receive()
        if v is None:
            out.send(None)
            return
        if v % 2:
            out.send(v)


def total(inp, result):
    s = 0
    seen = []
    while True:
        v = inp.receive()
        if v is None:
            break
        seen.append(v)
        s += v
    result.send((seen, s))


c1, c2, c3, res = (stackless.channel() for i in range(4))
stackless.tasklet(total)(c3, res)
stackless.tasklet(keep_odd)(c2, c3)
stackless.tasklet(square)(c1, c2)
stackless.tasklet(generate)(c1, 9)
print(res.receive())
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | ([1, 9, 25, 49, 81], 165)
