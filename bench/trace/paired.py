#!/usr/bin/env python3
"""A/B timing of whole commands that print the bench programs' RESULT line
(bench/stackless/stackless/measure.py: `ns_per_op=`). Runs every command
once per round, round after round, and prints for each the median ns per op
and the median over rounds of its ratio to the first command of the same
round ("paired": the machine's drift between rounds cancels out). Used for
throwaway builds that bench/trace/run.py cannot name (bench/RESULTS.md).

Usage: bench/trace/paired.py ROUNDS NAME=COMMAND [NAME=COMMAND ...]
Commands run in bench/stackless/stackless through the shell, after a sync.
Example:
  bench/trace/paired.py 9 "off=$PWD/build/bin/stk run pingpong.py 1000000" \\
      "file=$PWD/build/bin/stk run --trace /tmp/t.stktrace pingpong.py 1000000"
"""
import re
import statistics
import subprocess
import sys
from pathlib import Path

PROGRAMS = Path(__file__).resolve().parents[1] / "stackless" / "stackless"


def main():
    if len(sys.argv) < 3 or not sys.argv[1].isdigit() or any("=" not in a for a in sys.argv[2:]):
        sys.exit(__doc__.split("\n\n")[1])
    rounds = int(sys.argv[1])
    modes = [a.split("=", 1) for a in sys.argv[2:]]
    times = {name: [] for name, _ in modes}
    for _ in range(rounds):
        for name, command in modes:
            subprocess.run(["sync"], check=True)
            run = subprocess.run(command, shell=True, cwd=PROGRAMS, capture_output=True, text=True)
            found = re.search(r"ns_per_op=([\d.]+)", run.stdout)
            if run.returncode != 0 or not found:
                sys.exit(f"paired.py: '{name}' printed no ns_per_op (exit {run.returncode}): {run.stderr.strip()}")
            times[name].append(float(found.group(1)))
    base = times[modes[0][0]]
    print(f"{rounds} rounds; paired = median of each round's ratio to '{modes[0][0]}'")
    for name, _ in modes:
        ratios = [t / b for t, b in zip(times[name], base)]
        print(f"{name:16s} median {statistics.median(times[name]):8.1f} ns  paired {statistics.median(ratios):.3f}  "
              f"(rounds {min(ratios):.3f} to {max(ratios):.3f})")


main()
