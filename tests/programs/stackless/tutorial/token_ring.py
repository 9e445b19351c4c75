# stackless tutorial: a token passed around a ring of 200 tasklets for three laps; each hop increments it.
import stackless

N = 200
LAPS = 3
links = [stackless.channel() for i in range(N)]
visits = [0] * N
done = stackless.channel()


def node(i):
    inbox = links[i]
    outbox = links[(i + 1) % N]
    while True:
        token = inbox.receive()
        visits[i] += 1
        if token >= N * LAPS:
            done.send(token)
            return
        outbox.send(token + 1)


for i in range(N):
    stackless.tasklet(node)(i)
stackless.run()
links[0].send(1)
print("final token", done.receive())
print("visits: min", min(visits), "max", max(visits), "sum", sum(visits))
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | final token 600
# | visits: min 3 max 3 sum 600
