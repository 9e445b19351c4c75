# stackless channels: channels captured in closures and stored in dicts and lists work like any other reference.
import stackless


def make_pair():
    ch = stackless.channel()

    def put(v):
        ch.send(v)

    def get():
        return ch.receive()

    return put, get


put, get = make_pair()
chans = {name: stackless.channel() for name in ["x", "y"]}


def writer():
    put("via closure")
    chans["x"].send("via dict x")
    chans["y"].send("via dict y")


stackless.tasklet(writer)()
stackless.run()
print(get())
stackless.run()
print(chans["x"].receive())
stackless.run()
print(chans["y"].receive())
stackless.run()
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | via closure
# | via dict x
# | via dict y
