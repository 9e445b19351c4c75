# stackless scheduling: a tasklet subclass can bind one of its own methods as the function it runs.
import stackless


class Worker(stackless.tasklet):
    def __init__(self, label):
        stackless.tasklet.__init__(self, self.work)
        self.tag = label
        self.log = []

    def work(self, items):
        for it in items:
            self.log.append(f"{self.tag}:{it}")
            stackless.schedule()
        self.report()

    def report(self):
        print(self.tag, "did", self.log, "current is self:", stackless.getcurrent() is self)


ws = [Worker("w1")("ab"), Worker("w2")([1, 2, 3])]
stackless.run()
print([len(w.log) for w in ws])
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | w1 did ['w1:a', 'w1:b'] current is self: True
# | w2 did ['w2:1', 'w2:2', 'w2:3'] current is self: True
# | [2, 3]
