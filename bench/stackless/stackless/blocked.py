# Workload 4 (memory per blocked tasklet) with the stackless module: N
# tasklets, each blocked in receive() on one shared channel, in one Python
# frame (waiter). With the 'pause' argument the program stops twice, before
# creating anything (READY) and once all N are blocked (BLOCKED), waiting for
# a line on stdin while run.py reads its RSS from /proc; bytes per blocked
# tasklet = (RSS at BLOCKED - RSS at READY) / N. Then main sends 0..N-1, one
# value to each waiter, and every waiter ends.
# Also timed: create + block (block_ns) and wake + finish (wake_ns), per tasklet.
# usage: blocked.py [N=1000000] [pause]
import sys

import stackless

from measure import pause, report, stamp

got = 0


def waiter(ch):
    global got
    v = ch.receive()   # not `got += ch.receive()`: that reads `got` before blocking
    got += v


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    stop = len(sys.argv) > 2 and sys.argv[2] == "pause"
    if stop:
        pause("READY")
    ch = stackless.channel()
    t0 = stamp()
    for _ in range(n):
        stackless.tasklet(waiter)(ch)
    stackless.run()              # every waiter runs to its receive and blocks
    t1 = stamp()
    balance = ch.balance
    if stop:
        pause("BLOCKED")
    t2 = stamp()
    for i in range(n):
        ch.send(i)
    stackless.run()
    t3 = stamp()
    d = max(n, 1)
    report(workload="blocked", n=n, balance=balance,
           block_ns="%.1f" % ((t1[0] - t0[0]) / d), block_cpu_ns="%.1f" % ((t1[1] - t0[1]) / d),
           wake_ns="%.1f" % ((t3[0] - t2[0]) / d), wake_cpu_ns="%.1f" % ((t3[1] - t2[1]) / d),
           checksum=got)


main()
