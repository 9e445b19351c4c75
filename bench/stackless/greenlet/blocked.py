# Workload 4 (memory per blocked tasklet) on CPython 3.11 + greenlet: the same
# program as ../stackless/blocked.py on gchan.py (N greenlets, each blocked in
# receive() on one shared channel; 'pause' stops at READY and BLOCKED).
# usage: blocked.py [N=1000000] [pause]
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [here, os.path.join(here, "..", "stackless")]  # measure.py
from gchan import channel, run, tasklet  # noqa: E402
from measure import pause, report, stamp  # noqa: E402

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
    ch = channel()
    t0 = stamp()
    for _ in range(n):
        tasklet(waiter, ch)
    run()                        # every waiter runs to its receive and blocks
    t1 = stamp()
    balance = ch.balance
    if stop:
        pause("BLOCKED")
    t2 = stamp()
    for i in range(n):
        ch.send(i)
    run()
    t3 = stamp()
    d = max(n, 1)
    report(workload="blocked", n=n, balance=balance,
           block_ns="%.1f" % ((t1[0] - t0[0]) / d), block_cpu_ns="%.1f" % ((t1[1] - t0[1]) / d),
           wake_ns="%.1f" % ((t3[0] - t2[0]) / d), wake_cpu_ns="%.1f" % ((t3[1] - t2[1]) / d),
           checksum=got)


main()
