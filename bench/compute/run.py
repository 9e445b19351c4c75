#!/usr/bin/env python3
"""Compute benchmarks: stk against Debian's CPython, in the same run.

For each bench/compute/*.py (except this file) it runs `stk X.py` and
`/usr/bin/python3 X.py`, checks both print the same checksum line, times both
(interleaved round-robin, >= 5 runs each; hyperfine when installed), and prints
a markdown table of medians and the stk/CPython ratio. See bench/RESULTS.md.

Usage: bench/compute/run.py [--runs N] [--only fib,loop] [--stk build/bin/stk]
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CPYTHON = "/usr/bin/python3"  # Debian's CPython, not a pyenv shim


def checksum_of(cmd):
    proc = subprocess.run(cmd, capture_output=True, timeout=600)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: "
                           f"{proc.stderr.decode('utf-8', 'replace').strip()[-500:]}")
    lines = [l for l in proc.stdout.decode("utf-8", "replace").splitlines() if l.startswith("checksum")]
    if not lines:
        raise RuntimeError(f"{' '.join(cmd)} printed no 'checksum' line")
    return lines[-1]


def time_with_hyperfine(hyperfine, cmds, runs):
    """hyperfine alternates nothing by itself, so run one pass per round and merge."""
    times = [[] for _ in cmds]
    with tempfile.TemporaryDirectory() as tmp:
        for round_no in range(runs):
            out = Path(tmp) / f"round{round_no}.json"
            args = [hyperfine, "-N", "-r", "1", "--export-json", str(out), "--style", "none"]
            if round_no == 0:
                args += ["-w", "1"]
            args += [" ".join(c) for c in cmds]
            subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
            data = json.loads(out.read_text())
            for i, result in enumerate(data["results"]):
                times[i].extend(result["times"])
    return times


def time_with_perf_counter(cmds, runs):
    for c in cmds:  # warm-up: page cache, CPU frequency
        subprocess.run(c, stdout=subprocess.DEVNULL, check=True)
    times = [[] for _ in cmds]
    for _ in range(runs):
        for i, c in enumerate(cmds):
            t0 = time.perf_counter()
            subprocess.run(c, stdout=subprocess.DEVNULL, check=True)
            times[i].append(time.perf_counter() - t0)
    return times


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="timed runs per program (default 5, minimum 5)")
    ap.add_argument("--only", default="", help="comma-separated benchmark names, e.g. fib,loop")
    ap.add_argument("--stk", default=str(ROOT / "build" / "bin" / "stk"), help="stk binary")
    ap.add_argument("--no-hyperfine", action="store_true", help="time with perf_counter even if hyperfine exists")
    args = ap.parse_args()
    runs = max(5, args.runs)

    stk = str(Path(args.stk))
    if not os.access(stk, os.X_OK):
        print(f"run.py: error: {stk}: not an executable; build first (scripts/setup.sh)", file=sys.stderr)
        return 2
    if not os.access(CPYTHON, os.X_OK):
        print(f"run.py: error: {CPYTHON} not found (apt-get install python3)", file=sys.stderr)
        return 2

    benches = sorted(p for p in HERE.glob("*.py") if p.name != "run.py")
    if args.only:
        wanted = {w.strip().removesuffix(".py") for w in args.only.split(",") if w.strip()}
        unknown = wanted - {p.stem for p in benches}
        if unknown:
            print(f"run.py: error: unknown benchmark(s): {', '.join(sorted(unknown))}", file=sys.stderr)
            return 2
        benches = [p for p in benches if p.stem in wanted]

    hyperfine = None if args.no_hyperfine else shutil.which("hyperfine")
    rows = []
    failed = False
    for bench in benches:
        rel = os.path.relpath(bench, Path.cwd())
        cmds = [[stk, rel], [CPYTHON, rel]]
        try:
            got, want = checksum_of(cmds[0]), checksum_of(cmds[1])
        except (RuntimeError, subprocess.TimeoutExpired) as e:
            print(f"{bench.stem}: error: {e}", file=sys.stderr)
            failed = True
            continue
        if got != want:
            print(f"{bench.stem}: checksum mismatch: stk '{got}' vs CPython '{want}'", file=sys.stderr)
            failed = True
            continue
        print(f"timing {bench.stem} ({runs} runs each)...", file=sys.stderr)
        if hyperfine:
            times = time_with_hyperfine(hyperfine, cmds, runs)
        else:
            times = time_with_perf_counter(cmds, runs)
        s, c = statistics.median(times[0]), statistics.median(times[1])
        rows.append((bench.stem, s, c, s / c if c > 0 else float("inf"), " ".join(cmds[0])))

    tool = "hyperfine -N" if hyperfine else "time.perf_counter"
    print(f"\n{runs} runs each, interleaved, timed with {tool}; CPython = {CPYTHON}\n")
    print("| benchmark | stk median (s) | CPython median (s) | stk/CPython | command |")
    print("|---|---:|---:|---:|---|")
    for name, s, c, ratio, cmd in rows:
        print(f"| {name} | {s:.3f} | {c:.3f} | {ratio:.2f} | `{cmd}` |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
