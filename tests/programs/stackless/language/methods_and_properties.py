# stackless language: a property getter and __call__ that block on channels, used from tasklets.
import stackless

ch = stackless.channel()


class Sensor:
    def __init__(self, name):
        self.name = name

    @property
    def reading(self):
        return ch.receive()

    def __call__(self, scale):
        stackless.schedule()
        return self.reading * scale

    def __add__(self, other):
        stackless.schedule()
        return self.reading + other


def poll(s):
    print(s.name, "reading", s.reading)
    print(s.name, "scaled", s(10))
    print(s.name, "plus", s + 0.5)


def feed():
    for v in range(1, 7):
        ch.send(v)


stackless.tasklet(poll)(Sensor("t1"))
stackless.tasklet(poll)(Sensor("t2"))
stackless.tasklet(feed)()
stackless.run()
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | t1 reading 1
# | t2 reading 2
# | t1 scaled 30
# | t2 scaled 40
# | t1 plus 5.5
# | t2 plus 6.5
