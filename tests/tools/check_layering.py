#!/usr/bin/env python3
"""Checks the include-layering rules of docs/STYLE.md section 1 by reading #include lines.

Rules:
  1. Outside runtime/, runtime headers are included only as <stk/...>, never as
     "vm/frame.hpp", <objects/value.hpp>, ... (tests/ is exempt: unit tests reach
     internal headers on purpose).
  2. debugger/ includes only <stk/...> (plus nlohmann/json, the C++ and C standard library and
     its own files by relative path).
  3. Inside runtime/, a file may include only runtime headers of the same or a
     lower rank (table below). runtime/include/stk/ is the public API: it may
     include only other <stk/...> headers.
A folder with no rank is ignored with a note. Ends with `N passed, N failed`
(one count per file checked). Exit status 1 if any file fails.

Usage: tests/tools/check_layering.py [--root DIR] [-v]
"""
import argparse
import re
import sys
from pathlib import Path

# docs/style.md section 1 (the project's revision of STYLE.md's table): data
# layouts sit low, the Runtime state above them, behaviour above that.
#   0 support   1 the Value word and object header   1.5 trace   2 gc
#   3 layouts (objects/layouts, Code, opcodes, Frame, Tasklet)   4 vm/runtime.hpp
#   5 objects, bytecode   6 lexer -> parser -> compiler   7 vm   8 scheduler
#   9 channel   9.5 debug   10 vm/interpreter.cpp, builtins   11 serialize   12 api
# lexer -> parser -> compiler is an order inside rank 6, so it gets sub-ranks.
RANKS = {
    "support": 0.0,
    "trace": 1.5,
    "gc": 2.0,
    "objects": 5.0,
    "bytecode": 5.0,
    "lexer": 6.0,
    "parser": 6.1,
    "compiler": 6.2,
    "vm": 7.0,
    "scheduler": 8.0,
    "channel": 9.0,
    "debug": 9.5,
    "builtins": 10.0,
    "serialize": 11.0,
    "api": 12.0,
}
# Single files ranked apart from their folder: the data layouts everything shares,
# the Runtime state, and the dispatch loop (above the scheduler and channels
# because it performs switches and channel operations).
FILE_RANKS = {
    "objects/value.hpp": 1.0,
    "objects/object.hpp": 1.0,
    "objects/layouts.hpp": 3.0,
    "bytecode/code_object.hpp": 3.0,
    "bytecode/opcode.hpp": 3.0,
    "bytecode/opcodes.def": 3.0,
    "vm/frame.hpp": 3.0,
    "scheduler/tasklet.hpp": 3.0,
    "vm/runtime.hpp": 4.0,
    "vm/interpreter.cpp": 10.0,
}

SOURCE_SUFFIXES = {".hpp", ".h", ".cpp", ".cc", ".def", ".inc", ".ipp"}
INCLUDE_RE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
# Folders outside runtime/ with their own rules or none; everything else gets rule 1.
EXEMPT_TOP = {"tests", "build", ".git"}


def rank_name(rank):
    for name, r in RANKS.items():
        if r == rank:
            return name
    return str(rank)


def iter_sources(base):
    for path in sorted(base.rglob("*")):
        if path.is_file() and path.suffix in SOURCE_SUFFIXES:
            yield path


def includes(path):
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return
    for lineno, line in enumerate(text.splitlines(), 1):
        m = INCLUDE_RE.match(line)
        if m:
            yield lineno, m.group(1), m.group(2).strip()


class Checker:
    def __init__(self, root, verbose):
        self.root = root
        self.runtime = root / "runtime"
        self.verbose = verbose
        self.passed = 0
        self.failed = 0
        self.notes = set()

    def rel(self, path):
        return path.relative_to(self.root).as_posix()

    def report(self, path, problems):
        if problems:
            self.failed += 1
            for p in problems:
                print(f"{self.rel(path)}:{p}")
        else:
            self.passed += 1
            if self.verbose:
                print(f"ok   {self.rel(path)}")

    def runtime_target(self, spelling, includer):
        """The runtime folder an include resolves to (e.g. 'vm'), 'stk' for the
        public API, or None when it is not a runtime header."""
        parts = spelling.split("/")
        if "runtime" in parts[:-1]:
            # "../runtime/vm/frame.hpp": a path into the tree, judged by what follows.
            rest = parts[parts.index("runtime") + 1:]
            if rest[:2] == ["include", "stk"]:
                return "stk"
            return rest[0] if rest else None
        first = parts[0]
        if first == "stk" and "/" in spelling:
            return "stk"
        if "/" in spelling and first in RANKS:
            return first
        if includer is not None and "/" not in spelling:
            # "token.hpp" next to the including file.
            sibling = includer.parent / spelling
            if sibling.is_file() and self.runtime in sibling.parents:
                return sibling.parent.relative_to(self.runtime).parts[0]
        if "/" in spelling and (self.runtime / spelling).is_file():
            return first  # an unranked runtime folder
        return None

    # rule 3
    def check_runtime_file(self, path):
        rel = path.relative_to(self.runtime).as_posix()
        folder = rel.split("/", 1)[0]
        problems = []
        if rel.startswith("include/"):
            for lineno, _, spelling in includes(path):
                target = self.runtime_target(spelling, path)
                if target is not None and target != "stk":
                    problems.append(f"{lineno}: public header includes internal '{spelling}'; "
                                    "runtime/include/stk may include only <stk/...>")
            self.report(path, problems)
            return
        if folder not in RANKS:
            self.notes.add(f"runtime/{folder}/ has no rank in STYLE.md section 1; not checked")
            return
        rank = FILE_RANKS.get(rel, RANKS[folder])
        for lineno, _, spelling in includes(path):
            target = self.runtime_target(spelling, path)
            if target is None or target == "stk":
                continue
            if target not in RANKS:
                self.notes.add(f"runtime/{target}/ has no rank; includes of it are not checked")
                continue
            target_rank = FILE_RANKS.get(spelling, RANKS[target])
            if target_rank > rank:
                problems.append(f"{lineno}: '{spelling}' ({target}, rank {target_rank:g}) is above "
                                f"this file's rank ({rank_name(rank)}, {rank:g})")
        self.report(path, problems)

    # rules 1 and 2
    def check_outside_file(self, path, top):
        problems = []
        for lineno, delim, spelling in includes(path):
            target = self.runtime_target(spelling, None)
            if target is not None and target != "stk":
                problems.append(f"{lineno}: '{spelling}' is a runtime-internal header; "
                                "outside runtime/ include only <stk/...>")
                continue
            if top == "debugger":
                problems.extend(self.debugger_problem(path, lineno, delim, spelling))
        self.report(path, problems)

    def debugger_problem(self, path, lineno, delim, spelling):
        if delim == '"':
            local = (path.parent / spelling).resolve()
            debugger = (self.root / "debugger").resolve()
            if local.is_file() and debugger in local.parents:
                return []
            return [f"{lineno}: \"{spelling}\" is not a file of debugger/; debugger/ includes "
                    "only <stk/...> and its own files"]
        if spelling.startswith("stk/"):
            return []
        # The standard library: <vector>, <cstdint>, <stdio.h>, <sys/types.h>, <pthread.h>.
        if "/" not in spelling and not spelling.endswith(".hpp"):
            return []
        if spelling.startswith("sys/"):
            return []
        # Debian-packaged libraries that know nothing of the runtime (the
        # snapshot document is JSON).
        if spelling.startswith("nlohmann/"):
            return []
        return [f"{lineno}: <{spelling}> is not <stk/...> or the standard library; "
                "debugger/ depends only on the runtime's public API"]

    def run(self):
        if self.runtime.is_dir():
            for path in iter_sources(self.runtime):
                self.check_runtime_file(path)
        for top in sorted(p for p in self.root.iterdir() if p.is_dir()):
            name = top.name
            if name == "runtime" or name.startswith(".") or name.startswith("build"):
                continue
            if name in EXEMPT_TOP:
                self.notes.add(f"{name}/ is exempt (tests may include internal runtime headers)")
                continue
            for path in iter_sources(top):
                self.check_outside_file(path, name)
        for note in sorted(self.notes):
            print(f"note: {note}")
        print(f"{self.passed} passed, {self.failed} failed")
        return 1 if self.failed else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", default=str(Path(__file__).resolve().parents[2]),
                    help="project root (default: this checkout)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list files that pass too")
    args = ap.parse_args()
    return Checker(Path(args.root).resolve(), args.verbose).run()


if __name__ == "__main__":
    sys.exit(main())
