# stackless tutorial: hackysack, N players in a circle kicking a sack to a player chosen by a fixed LCG; the game stops after a set number of kicks.
import stackless

N = 12
KICKS = 60
seed = [12345]


def lcg(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return seed[0] % n


channels = [stackless.channel() for i in range(N)]
kicks = [0] * N
path = []


def player(i):
    while True:
        msg = channels[i].receive()
        if msg == "stop":
            return
        kicks[i] += 1
        path.append(i)
        if len(path) >= KICKS:
            for c in range(N):
                if c != i:
                    channels[c].send("stop")
            return
        target = lcg(N)
        if target == i:
            target = (i + 1) % N
        channels[target].send("sack")


for i in range(N):
    stackless.tasklet(player)(i)
stackless.run()
channels[0].send("sack")
stackless.run()
print("path:", path[:20], "...")
print("kicks per player:", kicks, "total", sum(kicks))
print("balances:", [c.balance for c in channels])
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | path: [0, 10, 11, 4, 5, 2, 11, 4, 9, 2, 11, 0, 1, 10, 7, 0, 5, 2, 11, 0] ...
# | kicks per player: [7, 3, 8, 2, 6, 5, 0, 4, 3, 6, 7, 9] total 60
# | balances: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
