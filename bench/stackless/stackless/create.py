# Workload 2 (create/run) with the stackless module: create N tasklets, each
# bound to a trivial function with one argument, then run them all.
# Reported per tasklet: create + run (ns_per_op), and the two halves.
# usage: create.py [N=1000000]
import sys

import stackless

from measure import per_op, report, stamp

total = 0


def work(i):
    global total
    total += i


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    t0 = stamp()
    for i in range(n):
        stackless.tasklet(work)(i)
    t1 = stamp()
    stackless.run()
    t2 = stamp()
    report(workload="create", n=n, **per_op(t0, t2, n),
           create_ns="%.1f" % ((t1[0] - t0[0]) / n), run_ns="%.1f" % ((t2[0] - t1[0]) / n),
           checksum=total)


main()
