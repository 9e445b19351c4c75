# Workload 1 (ping-pong) with the stackless module; runs unchanged under stk
# and PyPy3 (and real Stackless): two tasklets pass an integer back and forth
# over two channels N times (2N one-way transfers). Timed from the first
# switch to the end of both tasklets; start-up and imports excluded.
# usage: pingpong.py [N=1000000]
import sys

import stackless

from measure import per_op, report, stamp


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
    a, b, out = stackless.channel(), stackless.channel(), []
    stackless.tasklet(ping)(a, b, n, out)
    stackless.tasklet(pong)(a, b, n)
    t0 = stamp()
    stackless.run()
    t1 = stamp()
    report(workload="pingpong", n=n, **per_op(t0, t1, 2 * n), checksum=out[0])


main()
