# timeout: 30
# stackless large: 200 tasklets, each 300 calls deep, switching at the bottom and on the way back; every result is checked.
import stackless

N = 200
DEPTH = 300
results = stackless.channel()


def down(i, depth):
    if depth == 0:
        stackless.schedule()
        return i
    r = down(i, depth - 1) + 1
    if depth % 100 == 0:
        stackless.schedule()
    return r


def w(i):
    results.send((i, down(i, DEPTH)))


for i in range(N):
    stackless.tasklet(w)(i)
got = {}
for k in range(N):
    i, r = results.receive()
    got[i] = r
print(len(got), all(got[i] == i + DEPTH for i in range(N)))
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | 200 True
