# stackless scheduling: tasklets start in creation order, and none of them runs before main yields.
import stackless

started = []


def worker(name):
    started.append(name)
    print("start", name)


for name in ["red", "green", "blue", "cyan", "magenta"]:
    stackless.tasklet(worker)(name)
print("created five; started so far:", started)
stackless.run()
print("order:", started)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | created five; started so far: []
# | start red
# | start green
# | start blue
# | start cyan
# | start magenta
# | order: ['red', 'green', 'blue', 'cyan', 'magenta']
