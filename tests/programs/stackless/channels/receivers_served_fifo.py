# stackless channels: blocked receivers are served strictly in the order they started waiting.
import stackless

ch = stackless.channel()
got = []


def r(name):
    v = ch.receive()
    got.append((name, v))


for name in ["r0", "r1", "r2", "r3", "r4"]:
    stackless.tasklet(r)(name)
stackless.run()
for v in range(5):
    ch.send(v * 10)
stackless.run()
print(got)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | [('r0', 0), ('r1', 10), ('r2', 20), ('r3', 30), ('r4', 40)]
