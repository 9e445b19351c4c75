# stackless tutorial: a select-like multiplexer that polls the balance of several channels with schedule() and takes whichever has a sender.
import stackless


def select(channels):
    while True:
        for i, ch in enumerate(channels):
            if ch.balance > 0:
                return i, ch.receive()
        stackless.schedule()


a = stackless.channel()
b = stackless.channel()
c = stackless.channel()


def source(ch, name, delays):
    for k, d in enumerate(delays):
        for i in range(d):
            stackless.schedule()
        ch.send(f"{name}{k}")


def mux(n):
    got = []
    for i in range(n):
        idx, v = select([a, b, c])
        got.append(f"{idx}:{v}")
    print("mux got", got)


stackless.tasklet(source)(a, "a", [5, 1])
stackless.tasklet(source)(b, "b", [0, 0, 6])
stackless.tasklet(source)(c, "c", [2])
stackless.tasklet(mux)(6)
stackless.run()
print("balances", a.balance, b.balance, c.balance)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | mux got ['1:b0', '1:b1', '2:c0', '0:a0', '0:a1', '1:b2']
# | balances 0 0 0
