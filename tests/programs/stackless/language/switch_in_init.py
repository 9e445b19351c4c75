# stackless language: a constructor (__init__) that blocks on a channel and yields mid-way still builds the object correctly.
import stackless

config = stackless.channel()


class Service:
    def __init__(self, name):
        self.name = name
        print(name, "waiting for config")
        self.setting = config.receive()
        stackless.schedule()
        self.ready = True
        print(name, "configured with", self.setting)


made = []


def build(name):
    s = Service(name)
    made.append((s.name, s.setting, s.ready))


stackless.tasklet(build)("db")
stackless.tasklet(build)("cache")
stackless.run()
config.send({"size": 1})
config.send({"size": 2})
stackless.run()
print(made)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | db waiting for config
# | cache waiting for config
# | db configured with {'size': 1}
# | cache configured with {'size': 2}
# | [('db', {'size': 1}, True), ('cache', {'size': 2}, True)]
