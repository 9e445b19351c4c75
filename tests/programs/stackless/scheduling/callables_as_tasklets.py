# stackless scheduling: any callable can be a tasklet function: lambdas, bound methods, objects with __call__, closures.
import stackless


class Counter:
    def __init__(self, name):
        self.name = name
        self.n = 0

    def bump(self, k):
        for i in range(k):
            self.n += 1
            stackless.schedule()
        print(self.name, "bumped to", self.n)

    def __call__(self, msg):
        print(self.name, "called with", msg)


def make_greeter(greeting):
    def greet(who):
        print(greeting, who)
    return greet


c = Counter("ctr")
stackless.tasklet(lambda: print("lambda ran"))()
stackless.tasklet(c.bump)(3)
stackless.tasklet(c)("hello")
stackless.tasklet(make_greeter("hi"))("there")
stackless.run()
print("final", c.n)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | lambda ran
# | ctr called with hello
# | hi there
# | ctr bumped to 3
# | final 3
