# Workload 3 (hackysack, after the Stackless tutorial) with the stackless
# module: N players, each blocked on its own channel; the ball goes to a
# pseudo-random next player (shared LCG, same sequence in every peer) until
# it has been received M times. Default channel preference (-1), as the
# tutorial uses. Timed from the first send to the M-th catch (set-up excluded).
# usage: hackysack.py [N=10000] [M=1000000]
import sys

import stackless

from measure import per_op, report, stamp

N = 0
M = 0
chans = []
state = 12345     # LCG state, shared by all players
count = 0         # receptions so far
total = 0         # checksum: sum of receiver ids
t_end = None


def player(me):
    global state, count, total, t_end
    mine = chans[me]
    while True:
        mine.receive()
        count += 1
        total += me
        if count >= M:
            t_end = stamp()
            return
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        nxt = state % N
        if nxt == me:
            nxt = (nxt + 1) % N
        chans[nxt].send(me)


def starter():
    chans[0].send(-1)


def main():
    global N, M
    N = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    M = int(sys.argv[2]) if len(sys.argv) > 2 else 1000000
    t_setup = stamp()
    chans.extend(stackless.channel() for _ in range(N))
    for i in range(N):
        stackless.tasklet(player)(i)
    stackless.run()              # every player runs to its first receive and blocks
    stackless.tasklet(starter)()
    t0 = stamp()
    stackless.run()
    report(workload="hackysack", n=N, m=M, **per_op(t0, t_end, M),
           setup_ns_per_player="%.1f" % ((t0[0] - t_setup[0]) / N), checksum="%d:%d" % (total, state))


main()
