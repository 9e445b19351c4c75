# Clocks and the RESULT line, shared by every Python program of the benchmark
# (stk, PyPy and CPython + greenlet). Only `time` and `print`: it must run
# inside stk's Python subset, which has no os, resource or open(). Memory is
# measured from outside the process by run.py (see README.md).
#
# Wall and process-CPU clocks are read together: the machine is shared, so
# wall time per op is inflated whenever another job holds the core; process
# CPU time is what the work itself cost. Both are reported.
import time


def stamp():
    """(wall ns, process CPU ns) now."""
    # process_time() rather than process_time_ns(): stk's time module has the
    # float form only; a double holds nanoseconds exactly for ~100 days of CPU.
    return time.perf_counter_ns(), int(time.process_time() * 1e9)


def per_op(a, b, ops):
    """Wall and CPU nanoseconds per op between two stamps, as report() fields."""
    return {"ns_per_op": "%.1f" % ((b[0] - a[0]) / ops),
            "cpu_ns_per_op": "%.1f" % ((b[1] - a[1]) / ops)}


def report(**kv):
    print("RESULT " + " ".join("%s=%s" % (k, v) for k, v in kv.items()), flush=True)


def pause(word):
    """Print `word` and wait for a line on stdin: run.py reads this process's
    RSS from /proc while it waits. Only when run with the 'pause' argument."""
    print(word, flush=True)
    input()
