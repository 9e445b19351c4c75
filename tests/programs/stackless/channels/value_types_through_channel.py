# stackless channels: any object travels by reference: ints, None, tuples, mutable lists, functions, classes, channels.
import stackless

ch = stackless.channel()
shared = [1, 2]


class Box:
    def __init__(self, v):
        self.v = v


def sender():
    for v in [0, None, "text", (1, (2, 3)), shared, {"k": [1]}, len, Box, Box(5), ch, 2**80, 1.5, True]:
        ch.send(v)


stackless.tasklet(sender)()
stackless.run()
for i in range(13):
    v = ch.receive()
    if v is shared:
        print("the same list object:", v is shared)
    elif v is ch:
        print("the channel itself")
    elif v is len:
        print("builtin len:", v("abc"))
    elif v is Box:
        print("class Box:", v(3).v)
    elif isinstance(v, Box):
        print("a Box holding", v.v)
    else:
        print(type(v).__name__, v)
stackless.run()
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | int 0
# | NoneType None
# | str text
# | tuple (1, (2, 3))
# | the same list object: True
# | dict {'k': [1]}
# | builtin len: 3
# | class Box: 3
# | a Box holding 5
# | the channel itself
# | int 1208925819614629174706176
# | float 1.5
# | bool True
