# Workload 3 (hackysack) on CPython 3.11 + greenlet: the same program as
# ../stackless/hackysack.py on gchan.py (same LCG, same checksum).
# usage: hackysack.py [N=10000] [M=1000000]
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [here, os.path.join(here, "..", "stackless")]  # measure.py
from gchan import channel, run, tasklet  # noqa: E402
from measure import per_op, report, stamp  # noqa: E402

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
    chans.extend(channel() for _ in range(N))
    for i in range(N):
        tasklet(player, i)
    run()              # every player runs to its first receive and blocks
    tasklet(starter)
    t0 = stamp()
    run()
    report(workload="hackysack", n=N, m=M, **per_op(t0, t_end, M),
           setup_ns_per_player="%.1f" % ((t0[0] - t_setup[0]) / N), checksum="%d:%d" % (total, state))


main()
