# stackless scheduling: a tasklet subclass whose __init__ calls tasklet.__init__(self, func) can carry its own data.
import stackless


class Named(stackless.tasklet):
    def __init__(self, name, func):
        stackless.tasklet.__init__(self, func)
        self.name = name
        self.steps = 0


def work(n):
    me = stackless.getcurrent()
    for i in range(n):
        me.steps += 1
        print(me.name, "step", me.steps, "isinstance Named:", isinstance(me, Named))
        stackless.schedule()


a = Named("alpha", work)(2)
b = Named("beta", work)(3)
print("types:", type(a).__name__, isinstance(b, stackless.tasklet))
stackless.run()
print(a.name, a.steps, b.name, b.steps, a.alive, b.alive)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | types: Named True
# | alpha step 1 isinstance Named: True
# | beta step 1 isinstance Named: True
# | alpha step 2 isinstance Named: True
# | beta step 2 isinstance Named: True
# | beta step 3 isinstance Named: True
# | alpha 2 beta 3 False False
