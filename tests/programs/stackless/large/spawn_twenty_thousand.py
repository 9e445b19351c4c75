# timeout: 60
# stackless large: a binary tree of spawns creating 16,383 short tasklets in total, each reporting its depth through one channel.
import stackless

DEPTH = 14
results = stackless.channel()


def node(depth):
    if depth < DEPTH - 1:
        stackless.tasklet(node)(depth + 1)
        stackless.tasklet(node)(depth + 1)
    results.send(depth)


stackless.tasklet(node)(0)
per_depth = [0] * DEPTH
for i in range(2 ** DEPTH - 1):
    per_depth[results.receive()] += 1
print(per_depth)
print("total", sum(per_depth), "runcount", stackless.getruncount())
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192]
# | total 16383 runcount 8194
