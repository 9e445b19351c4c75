# stackless language: next(g) and g.send(v) resume a generator whose body blocks on a channel.
import stackless

ch = stackless.channel()


def accumulator():
    total = 0
    while True:
        extra = ch.receive()
        got = yield total
        total += got + extra


def driver():
    g = accumulator()
    print("first", next(g))
    print("after send 1", g.send(1))
    print("after send 2", g.send(2))
    g.close()
    print("closed")


def feeder():
    for v in [10, 20, 30]:
        ch.send(v)


stackless.tasklet(driver)()
stackless.tasklet(feeder)()
stackless.run()
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | first 0
# | after send 1 11
# | after send 2 33
# | closed
