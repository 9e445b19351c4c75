# stackless scheduling: tasklets spawn tasklets; children join the end of the queue, so the tree runs breadth first.
import stackless

order = []


def node(path, depth):
    order.append(path)
    if depth < 3:
        for k in range(2):
            stackless.tasklet(node)(path + str(k), depth + 1)


stackless.tasklet(node)("r", 0)
stackless.run()
print(len(order), "nodes")
print(" ".join(order))
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | 15 nodes
# | r r0 r1 r00 r01 r10 r11 r000 r001 r010 r011 r100 r101 r110 r111
