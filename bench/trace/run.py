#!/usr/bin/env python3
"""What recording a trace costs: ping-pong and hackysack (bench/stackless) with
recording off, recording to a file, the Python schedule and channel callbacks
set (served from the same event points), and both, in the same run.

Every program times its own work (bench/stackless/stackless/measure.py: wall
and process-CPU ns per op; CPU time includes the recorder's writer thread).
Runs are interleaved round-robin (run 1 of every mode, then run 2, ...), and
the table gives medians and the ratios to "off", of wall time and of CPU
time (on a loaded machine the CPU ratio is the steadier one; the wall ratio is
what a user waits, with the writer thread on another core), and the median of
each round's wall ratio to the "off" run of the same round ("paired": the
steadiest figure when the machine's speed drifts). With hyperfine
installed it also times the whole ping-pong process, off and to a file. For
the file mode it also gives the bytes per event on disk (file size / the End chunk's event count).

With --stk-off (an stk built with -DSTK_TRACE_EVENTS=OFF, e.g.
build-trace-off/bin/stk), it adds "compiled out" rows: the event sites cost
when nobody listens is off / compiled out. It then also times one compute
benchmark (bench/compute/fib.py, whole process) with both binaries through
hyperfine, when installed.

Usage: bench/trace/run.py [--runs N] [--quick] [--stk build/bin/stk]
                          [--stk-off build-trace-off/bin/stk] [--only pingpong,hackysack]
"""
import argparse
import json
import os
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PROGRAMS = ROOT / "bench" / "stackless" / "stackless"

FULL = {"pingpong": ["1000000"], "hackysack": ["1000", "1000000"]}
QUICK = {"pingpong": ["20000"], "hackysack": ["100", "20000"]}
UNIT = {"pingpong": "ns per one-way transfer", "hackysack": "ns per pass"}

# Prepended to the program for the callback modes: trivial Python callbacks,
# so the figure is the cost of calling into Python at every event.
CALLBACKS = """import stackless as _s
def _sched(prev, nxt):
    pass
def _chan(ch, t, sending, willblock):
    pass
_s.set_schedule_callback(_sched)
_s.set_channel_callback(_chan)
"""

MODES = ["off", "file", "callbacks", "file+callbacks"]


def prepare(tmp):
    """Copies of the programs (and measure.py) with and without the callbacks prelude."""
    shutil.copy(PROGRAMS / "measure.py", tmp / "measure.py")
    for name in FULL:
        src = (PROGRAMS / f"{name}.py").read_text()
        (tmp / f"{name}.py").write_text(src)
        (tmp / f"{name}_cb.py").write_text(CALLBACKS + src)


def command(stk, mode, tmp, name, args, trace):
    prog = tmp / (f"{name}_cb.py" if "callbacks" in mode else f"{name}.py")
    cmd = [str(stk), "run"]
    if mode.startswith("file"):
        cmd += ["--trace", str(trace)]
    return cmd + [str(prog)] + args


def run_once(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {p.returncode}: {p.stderr[-300:]}")
    line = [l for l in p.stdout.splitlines() if l.startswith("RESULT ")][-1]
    fields = dict(kv.split("=", 1) for kv in line.split()[1:])
    return float(fields["ns_per_op"]), float(fields["cpu_ns_per_op"]), fields["checksum"]


def events_in(trace):
    """(events, bytes) of a finished trace, from its End chunk."""
    data = trace.read_bytes()
    type_, length = struct.unpack_from("<II", data, len(data) - 20)
    if type_ != 4 or length != 12:
        raise RuntimeError(f"{trace}: no End chunk")
    (count,) = struct.unpack_from("<Q", data, len(data) - 12)
    return count, len(data)


def hyperfine_compute(stk, stk_off, runs):
    """Whole-process wall time of bench/compute/fib.py with both binaries (hyperfine)."""
    hf = shutil.which("hyperfine")
    if not hf:
        return None
    prog = ROOT / "bench" / "compute" / "fib.py"
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run([hf, "--runs", str(runs), "--warmup", "1", "-N", "--export-json", out.name,
                        "-n", "compiled in, off", f"{stk} {prog}", "-n", "compiled out", f"{stk_off} {prog}"],
                       check=True, capture_output=True)
        with open(out.name) as f:
            doc = json.load(f)
    # Wall median and user+system CPU mean (all hyperfine 1.15 keeps of CPU
    # time): on a shared machine the CPU time is the fairer figure.
    return {r["command"]: (statistics.median(r["times"]), r["user"] + r["system"]) for r in doc["results"]}


def hyperfine_pingpong(stk, tmp, runs):
    """Whole-process ping-pong (1M round trips) with recording off and to a file (hyperfine).

    Returns {name: (median wall s, mean user+system s)}; includes start-up and
    the writer thread's last flush, which the in-program figures leave out."""
    hf = shutil.which("hyperfine")
    if not hf:
        return None
    prog = tmp / "pingpong.py"
    trace = tmp / "hf.stktrace"
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        # `sync` before each run: a run leaves 32 MB of dirty pages, whose
        # writeback would otherwise overlap (and slow) the next run.
        subprocess.run([hf, "--runs", str(runs), "--warmup", "1", "-N", "--prepare", "sync",
                        "--export-json", out.name,
                        "-n", "off", f"{stk} run {prog} 1000000",
                        "-n", "file", f"{stk} run --trace {trace} {prog} 1000000"],
                       check=True, capture_output=True)
        with open(out.name) as f:
            doc = json.load(f)
    return {r["command"]: (statistics.median(r["times"]), r["user"] + r["system"]) for r in doc["results"]}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="small sizes (a smoke test, not a measurement)")
    ap.add_argument("--stk", default=str(ROOT / "build" / "bin" / "stk"))
    ap.add_argument("--stk-off", help="an stk built with -DSTK_TRACE_EVENTS=OFF")
    ap.add_argument("--only", help="comma-separated workloads: pingpong,hackysack")
    opts = ap.parse_args()
    sizes = QUICK if opts.quick else FULL
    names = opts.only.split(",") if opts.only else list(sizes)
    with tempfile.TemporaryDirectory(prefix="stk-trace-bench-") as d:
        tmp = Path(d)
        prepare(tmp)
        trace = tmp / "t.stktrace"
        rows = [(name, mode, opts.stk) for name in names for mode in MODES]
        if opts.stk_off:
            rows += [(name, "compiled out", opts.stk_off) for name in names]
        samples = {(n, m): [] for n, m, _ in rows}
        sizes_on_disk = {}
        for i in range(opts.runs):
            for name, mode, stk in rows:
                cmd = command(stk, "off" if mode == "compiled out" else mode, tmp, name, sizes[name], trace)
                wall, cpu, _ = run_once(cmd)
                samples[(name, mode)].append((wall, cpu))
                if mode == "file":
                    sizes_on_disk[name] = events_in(trace)
                print(f"run {i + 1}/{opts.runs} {name:9} {mode:15} wall {wall:7.1f}  cpu {cpu:7.1f}",
                      file=sys.stderr, flush=True)
        print(f"stk: {opts.stk}" + (f"; compiled out: {opts.stk_off}" if opts.stk_off else "")
              + f"; medians of {opts.runs} interleaved runs\n")
        # "paired": the median over rounds of (this mode / off in the same
        # round); on a machine whose speed drifts within minutes it is the
        # steadiest of the ratios.
        print("| workload | mode | wall ns/op | CPU ns/op | wall / off | CPU / off | wall / off, paired |")
        print("|---|---|---:|---:|---:|---:|---:|")
        for name in names:
            off = samples[(name, "off")]
            base_w = statistics.median(w for w, _ in off)
            base_c = statistics.median(c for _, c in off)
            for mode in MODES + (["compiled out"] if opts.stk_off else []):
                w = statistics.median(x for x, _ in samples[(name, mode)])
                c = statistics.median(x for _, x in samples[(name, mode)])
                paired = statistics.median(x / o for (x, _), (o, _) in zip(samples[(name, mode)], off))
                print(f"| {name} ({UNIT[name]}) | {mode} | {w:.1f} | {c:.1f} | {w / base_w:.3f} | {c / base_c:.3f} "
                      f"| {paired:.3f} |")
        for name, (count, size) in sizes_on_disk.items():
            print(f"\n{name}: {count} events, {size} bytes on disk: {size / count:.2f} bytes per event")
        if "pingpong" in names and not opts.quick:
            hp = hyperfine_pingpong(opts.stk, tmp, max(opts.runs, 5))
            if hp:
                (ow, oc), (fw, fc) = hp["off"], hp["file"]
                print(f"\npingpong.py 1000000, whole process (hyperfine, {max(opts.runs, 5)} runs): off: wall "
                      f"{ow * 1000:.1f} ms (median), CPU {oc * 1000:.1f} ms (mean); to a file: wall {fw * 1000:.1f} ms, "
                      f"CPU {fc * 1000:.1f} ms; file / off: wall {fw / ow:.3f}, CPU {fc / oc:.3f}")
        if opts.stk_off:
            hf = hyperfine_compute(opts.stk, opts.stk_off, max(opts.runs, 5))
            if hf:
                (aw, ac), (bw, bc) = hf["compiled in, off"], hf["compiled out"]
                print(f"\nbench/compute/fib.py (hyperfine, median of {max(opts.runs, 5)}, whole process): "
                      f"compiled in, off: wall {aw * 1000:.1f} ms, CPU (mean) {ac * 1000:.1f} ms; compiled out: wall "
                      f"{bw * 1000:.1f} ms, CPU {bc * 1000:.1f} ms; in / out: wall {aw / bw:.3f}, CPU {ac / bc:.3f}")


if __name__ == "__main__":
    main()
