#!/usr/bin/env python3
"""Debugger overhead and step latency (issue 6), measured in one run.

1. Each workload runs under plain `stk`, and under `stk-dap` launched by a
   small scripted DAP client with a breakpoint on a line that is never hit.
   Wall time from starting the adapter to the `exited` event, against
   `stk prog.py` as a subprocess; medians of --runs, runs interleaved.
2. Step latency: a loop program stopped at a breakpoint; `next` requests,
   each timed from the request to its `stopped` event; the median.

usage: bench/debug/run.py [--bin build/bin] [--runs 5] [--steps 50]
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from dap_client import DapClient  # noqa: E402

WORKLOADS = [
    ("fib", os.path.join(ROOT, "bench/compute/fib.py"), []),
    ("loop", os.path.join(ROOT, "bench/compute/loop.py"), []),
    ("classes", os.path.join(ROOT, "bench/compute/classes.py"), []),
    ("pingpong", os.path.join(ROOT, "bench/stackless/stackless/pingpong.py"), ["1000000"]),
]

# Appended to a copy of each workload: a function nobody calls, whose body
# line carries the never-hit breakpoint (the copy sits beside the original so
# its imports resolve; both runs use the copy).
NEVER_CALLED = "\n\ndef _stk_bench_never_called():\n    return 0\n"


def with_never_hit_line(prog):
    with open(prog) as f:
        text = f.read()
    copy = os.path.join(os.path.dirname(prog), "_stk_debug_bench_" + os.path.basename(prog))
    with open(copy, "w") as f:
        f.write(text + NEVER_CALLED)
    return copy, (text + NEVER_CALLED).count("\n")

STEP_PROGRAM = """\
def work(n):
    total = 0
    for i in range(n):
        total += i
        total -= 1
    return total


print(work(100000))
"""


def plain(stk, prog, args):
    t = time.perf_counter()
    subprocess.run([stk, prog] + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t


def under_dap(dap, prog, args, line):
    t = time.perf_counter()  # from the adapter's start, as `plain` counts stk's start
    c = DapClient(dap)
    try:
        c.request("initialize", {"adapterID": "stk"})
        c.request("setBreakpoints", {"source": {"path": prog}, "breakpoints": [{"line": line}]})
        c.request("launch", {"program": prog, "args": args})
        c.request("configurationDone")
        end, _ = c.wait_event("exited", timeout=600)
        return end - t
    finally:
        c.close()


def step_latency(dap, steps):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(STEP_PROGRAM)
        prog = f.name
    c = DapClient(dap)
    try:
        c.request("initialize", {"adapterID": "stk"})
        c.request("setBreakpoints", {"source": {"path": prog}, "breakpoints": [{"line": 4}]})
        c.request("launch", {"program": prog})
        c.request("configurationDone")
        _, ev = c.wait_event("stopped")
        tid = ev["body"]["threadId"]
        c.request("setBreakpoints", {"source": {"path": prog}, "breakpoints": []})
        times = []
        for _ in range(steps):
            t = time.perf_counter()
            c.send("next", {"threadId": tid})
            end, ev = c.wait_event("stopped")
            times.append(end - t)
        return times
    finally:
        c.close()
        os.unlink(prog)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "build/bin"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--steps", type=int, default=50)
    args = ap.parse_args()
    stk = os.path.join(args.bin, "stk")
    dap = os.path.join(args.bin, "stk-dap")
    print(f"{'workload':<10} {'stk s':>8} {'stk-dap s':>10} {'ratio':>6}")
    worst = 0.0
    for name, original, pargs in WORKLOADS:
        prog, never_line = with_never_hit_line(original)
        a, b = [], []
        try:
            for _ in range(args.runs):  # interleaved, so both see the same machine load
                a.append(plain(stk, prog, pargs))
                b.append(under_dap(dap, prog, pargs, never_line))
        finally:
            os.unlink(prog)
        ma, mb = statistics.median(a), statistics.median(b)
        worst = max(worst, mb / ma)
        print(f"{name:<10} {ma:8.3f} {mb:10.3f} {mb / ma:6.2f}")
    lat = step_latency(dap, args.steps)
    print(f"step latency: median {statistics.median(lat) * 1000:.2f} ms, max {max(lat) * 1000:.2f} ms "
          f"({len(lat)} steps)")
    print(f"worst ratio {worst:.2f} (bar 1.30); step median bar 5 ms")


if __name__ == "__main__":
    main()
