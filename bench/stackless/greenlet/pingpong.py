# Workload 1 (ping-pong) on CPython 3.11 + greenlet: the same program as
# ../stackless/pingpong.py on gchan.py (Stackless's default channel policy).
# usage: pingpong.py [N=1000000]
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [here, os.path.join(here, "..", "stackless")]  # measure.py
from gchan import channel, run, tasklet  # noqa: E402
from measure import per_op, report, stamp  # noqa: E402


def ping(a, b, n, out):
    x = 0
    for _ in range(n):
        a.send(x)
        x = b.receive()
    out.append(x)


def pong(a, b, n):
    for _ in range(n):
        x = a.receive()
        b.send(x + 1)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    a, b, out = channel(), channel(), []
    tasklet(ping, a, b, n, out)
    tasklet(pong, a, b, n)
    t0 = stamp()
    run()
    t1 = stamp()
    report(workload="pingpong", n=n, **per_op(t0, t1, 2 * n), checksum=out[0])


main()
