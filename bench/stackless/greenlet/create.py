# Workload 2 (create/run) on CPython 3.11 + greenlet: the same program as
# ../stackless/create.py on gchan.py.
# usage: create.py [N=1000000]
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [here, os.path.join(here, "..", "stackless")]  # measure.py
from gchan import channel, run, tasklet  # noqa: E402
from measure import per_op, report, stamp  # noqa: E402

total = 0


def work(i):
    global total
    total += i


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    t0 = stamp()
    for i in range(n):
        tasklet(work, i)
    t1 = stamp()
    run()
    t2 = stamp()
    report(workload="create", n=n, **per_op(t0, t2, n),
           create_ns="%.1f" % ((t1[0] - t0[0]) / n), run_ns="%.1f" % ((t2[0] - t1[0]) / n),
           checksum=total)


main()
