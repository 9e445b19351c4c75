#!/usr/bin/env python3
"""Rewrite the trailing expectation block of stk program tests from the oracle.

Why: expectations in tests/programs/ are never hand-written (STYLE.md section 6);
they are what the reference implementation prints. The oracle is python3
(/usr/bin/python3, CPython 3.11) for ordinary programs and pypy3 for programs
that import stackless. Each program runs twice; a program whose two runs differ
is rejected as nondeterministic. With --check nothing is written: the tool exits
1 and prints a diff for every program whose block is missing or out of date.
Files under tests/cases are never touched, even when a path names them: their
NAME.expected files are fixed reference data (tests/cases/README.md).

Examples:
    tests/tools/regen_expected.py                        # all of tests/programs
    tests/tools/regen_expected.py tests/programs/strings # one folder
    tests/tools/regen_expected.py --check --jobs 2       # what CI runs
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
from concurrent.futures import ThreadPoolExecutor

sys.dont_write_bytecode = True  # keep tests/tools free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import expectations as ex  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROGRAMS = os.path.join(ROOT, "tests", "programs")
CASES = os.path.join(ROOT, "tests", "cases")


def is_case(path: str) -> bool:
    return os.path.commonpath([path, CASES]) == CASES


class Refused(Exception):
    """The oracle's result cannot become an expectation."""


def oracle_result(path: str, source: str, oracles: dict) -> tuple:
    code, _ = ex.split_block(source)
    name = "pypy3" if ex.uses_stackless(code) else "python3"
    if name not in oracles:
        oracles[name] = ex.find_oracle(name)
    header = ex.parse_header(source)
    timeout = header.timeout if header.timeout is not None else ex.DEFAULT_TIMEOUT
    argv = [oracles[name], os.path.basename(path)] + header.args
    results = []
    for attempt in range(2):
        out = ex.run(argv, os.path.dirname(path), header.stdin, timeout, ex.test_env())
        if out.timed_out:
            raise Refused(f"{name} timed out after {timeout:g} s")
        if out.returncode < 0:
            raise Refused(f"{name} crashed: {ex.signal_name(out.returncode)}")
        results.append(ex.Result(out.returncode, out.stdout, ex.last_nonempty_line(out.stderr)))
    if not results[0].same_as(results[1]):
        a = ex.format_block(results[0], name).splitlines()
        b = ex.format_block(results[1], name).splitlines()
        diff = "\n".join(difflib.unified_diff(a, b, "run 1", "run 2", lineterm=""))
        raise Refused(f"nondeterministic: {name}'s two runs differ\n{diff}")
    return name, results[0]


def process(path: str, check: bool, oracles: dict):
    """Return (status, message): status is 'ok', 'updated', 'stale' or 'error';
    for 'ok'/'updated' the message is a warning or empty."""
    try:
        with open(path, encoding="utf-8", newline="") as f:
            source = f.read()
        name, result = oracle_result(path, source, oracles)
        block = ex.format_block(result, name)
    except (Refused, ex.FormatError, OSError, UnicodeDecodeError) as e:
        return "error", str(e)
    new_source = ex.replace_block(source, block)
    warning = ""
    if any(l.startswith("# | ") and l != l.rstrip() for l in block.split("\n")):
        warning = "stdout has a line with trailing whitespace, which editors may strip"
    if new_source == source:
        return "ok", warning
    if check:
        _, old = ex.split_block(source)
        if old is None:
            return "stale", "no expectation block"
        diff = difflib.unified_diff(old, block.splitlines(), "in file", "from oracle",
                                    lineterm="")
        return "stale", "\n".join(diff)
    tmp = path + ".regen-tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        f.write(new_source)
    os.replace(tmp, path)
    return "updated", warning


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description="Rewrite (or --check) the expectation blocks of tests/programs "
                    "from the oracle (python3, or pypy3 for files importing stackless).")
    parser.add_argument("paths", nargs="*",
                        help="files or folders to process (default: tests/programs)")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if any block is missing or differs")
    parser.add_argument("--jobs", "-j", type=int, default=2,
                        help="programs run in parallel (default 2)")
    args = parser.parse_args(argv)

    try:
        files = ex.collect(args.paths, [PROGRAMS])
    except FileNotFoundError as e:
        print(f"regen_expected.py: {e}", file=sys.stderr)
        return 2
    cases = [f for f in files if is_case(f)]
    if cases:
        print(f"regen_expected.py: left alone {len(cases)} reference case(s) under tests/cases "
              "(fixed .expected files)")
        files = [f for f in files if not is_case(f)]
    oracles: dict = {}
    try:
        oracles["python3"] = ex.find_oracle("python3")
    except FileNotFoundError as e:
        print(f"regen_expected.py: {e}", file=sys.stderr)
        return 2

    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        outcomes = list(pool.map(lambda p: process(p, args.check, oracles), files))

    counts = {"ok": 0, "updated": 0, "stale": 0, "error": 0}
    for path, (status, message) in zip(files, outcomes):
        counts[status] += 1
        rel = os.path.relpath(path, ROOT)
        if status == "updated":
            print(f"updated {rel}")
        if status in ("ok", "updated") and message:
            print(f"warning: {rel}: {message}")
        elif status == "stale":
            print(f"STALE {rel}\n{message}")
        elif status == "error":
            print(f"ERROR {rel}: {message}")
    if args.check:
        print(f"{len(files)} checked, {counts['stale']} stale, {counts['error']} errors")
    else:
        print(f"{len(files)} programs, {counts['updated']} updated, {counts['error']} errors")
    return 1 if counts["stale"] or counts["error"] else 0


if __name__ == "__main__":
    sys.exit(main())
