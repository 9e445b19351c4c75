#!/usr/bin/env python3
"""End-to-end tests of `stk-trace` (record, report, export, dump) and the trace
file format as the tools see it.

Each test runs the real binaries in a subprocess, in a temp dir, on programs it
writes there or on trace files it builds by hand with tracegen.py (so that the
figures are known exactly and damage can be placed at a chosen byte). Every run
is also checked for death by signal. Ends with the line `N passed, N failed`.

Usage: tests/trace/run_trace_tests.py [--bin build/bin] [-k SUBSTRING] [-v]
"""
import argparse
import contextlib
import json
import os
import pty
import random
import select
import struct
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
import tracegen  # noqa: E402

TIMEOUT_S = 60
TESTS = []


def test(fn):
    TESTS.append(fn)
    return fn


class Failure(Exception):
    pass


class Result:
    def __init__(self, args, rc, out, err):
        self.args = args
        self.rc = rc
        self.out = out.decode("utf-8", "replace")
        self.err = err.decode("utf-8", "replace")

    @property
    def err_lines(self):
        return self.err.splitlines()

    def json(self):
        try:
            return json.loads(self.out)
        except ValueError as e:
            raise Failure(f"stdout is not JSON ({e})\n{self.describe()}")

    def describe(self):
        out = self.out if len(self.out) < 4000 else self.out[:4000] + "...\n"
        return (f"command: {self.args}\nexit: {self.rc}\n"
                f"--- stdout ---\n{out}--- stderr ---\n{self.err}")


class Ctx:
    def __init__(self, bindir, tmp):
        self.stk_trace = str(bindir / "stk-trace")
        self.stk = str(bindir / "stk")
        self.tmp = Path(tmp)

    def write(self, name, text):
        path = self.tmp / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    def _run(self, argv, stdin=b""):
        try:
            proc = subprocess.run(argv, input=stdin, capture_output=True, timeout=TIMEOUT_S, cwd=self.tmp)
        except subprocess.TimeoutExpired:
            raise Failure(f"timed out after {TIMEOUT_S}s: {argv}")
        res = Result(argv, proc.returncode, proc.stdout, proc.stderr)
        if res.rc < 0:
            raise Failure(f"killed by signal {-res.rc}\n{res.describe()}")
        return res

    def trace(self, *args):
        return self._run([self.stk_trace, *[str(a) for a in args]])

    def stk_run(self, *args):
        return self._run([self.stk, *[str(a) for a in args]])

    def record(self, prog, *prog_args, out="t.stktrace", extra=()):
        r = self.trace("record", "-o", out, *extra, "--", prog, *prog_args)
        expect_exit(r, 0)
        return self.tmp / out

    def report(self, path):
        r = self.trace("report", path, "--json")
        expect_exit(r, 0)
        return r.json()


def expect(cond, what, res=None):
    if not cond:
        raise Failure(what + ("\n" + res.describe() if res is not None else ""))


def expect_exit(res, code):
    expect(res.rc == code, f"expected exit status {code}, got {res.rc}", res)


def expect_one_error_line(res, code, *fragments):
    expect_exit(res, code)
    lines = res.err_lines
    expect(len(lines) == 1, f"expected exactly one line on stderr, got {len(lines)}", res)
    expect(lines[0].startswith("stk-trace: "), "the error line starts with 'stk-trace: '", res)
    for f in fragments:
        expect(f in lines[0], f"the error line mentions {f!r}", res)
    expect(res.out == "", "nothing on stdout", res)


PINGPONG = """import stackless
import sys

rounds = int(sys.argv[1])
to_pong = stackless.channel()
to_ping = stackless.channel()


def ping():
    ball = 0
    for i in range(rounds):
        to_pong.send(ball)
        ball = to_ping.receive()
    print("ping is done with", ball)


def pong():
    for i in range(rounds):
        ball = to_pong.receive()
        to_ping.send(ball + 1)


stackless.tasklet(ping)()
stackless.tasklet(pong)()
stackless.run()
print("tasklets left:", stackless.getruncount() - 1)
"""

DEADLOCK = """import stackless
ch = stackless.channel()
def waiter():
    ch.receive()
t = stackless.tasklet(waiter)()
t.name = 'w1'
stackless.run()
print('end')
"""


def workers(report):
    return [t for t in report["tasklets"] if t["id"] != 0]


def by_name(report):
    return {t["name"]: t for t in report["tasklets"]}


def chunks(data):
    """(offset, type, payload length) of each whole chunk of a trace file."""
    pos, out = 16, []
    while pos + 8 <= len(data):
        kind, length = struct.unpack_from("<II", data, pos)
        out.append((pos, kind, length))
        pos += 8 + length
    return out


def us_to_ns(v):
    return int(round(v * 1000))


def check_chrome(doc, what=""):
    """Validates a Chrome Trace Event document the way Perfetto reads it:
    phases, lanes, nesting on each lane, flow pairs, markers inside slices.
    Returns (events, flows) where flows maps bind_id -> (out_event, in_event)."""
    expect(isinstance(doc, dict) and isinstance(doc.get("traceEvents"), list), f"{what}: a traceEvents list")
    events = doc["traceEvents"]
    phases = {e.get("ph") for e in events}
    expect(phases <= {"M", "X", "i", "C"}, f"{what}: only M, X, i and C phases, got {sorted(phases)}")
    for e in events:
        expect(e.get("pid") == 1, f"{what}: one pid: {e}")
        if e["ph"] != "M":
            expect(isinstance(e.get("ts"), (int, float)) and e["ts"] >= 0, f"{what}: a ts: {e}")
        if e["ph"] == "X":
            expect(isinstance(e.get("dur"), (int, float)) and e["dur"] >= 0, f"{what}: a dur: {e}")
        if e["ph"] == "i":
            expect(e.get("s") == "t", f"{what}: instants are thread-scoped: {e}")
    names = {e["tid"]: e["args"]["name"] for e in events if e["ph"] == "M" and e["name"] == "thread_name"}
    sort = {e["tid"]: e["args"]["sort_index"] for e in events if e["ph"] == "M" and e["name"] == "thread_sort_index"}
    expect(set(names) == set(sort), f"{what}: every named lane has a sort index")
    # Nesting: on each lane, X events are disjoint or contained, never partly overlapping.
    lanes = {}
    for e in events:
        if e["ph"] == "X":
            lanes.setdefault(e["tid"], []).append(e)
    for tid, xs in lanes.items():
        expect(tid in names, f"{what}: lane {tid} has a thread_name")
        spans = sorted(((us_to_ns(e["ts"]), us_to_ns(e["ts"]) + us_to_ns(e["dur"]), e) for e in xs),
                       key=lambda s: (s[0], -s[1]))
        stack = []
        for b, end, e in spans:
            while stack and stack[-1][1] <= b:
                stack.pop()
            if stack:
                expect(end <= stack[-1][1], f"{what}: lane {tid}: {e} partly overlaps {stack[-1][2]}")
            stack.append((b, end, e))
    # Flows: each bind_id once out, once in, each marker strictly inside a state slice of its lane.
    flows = {}
    for e in events:
        if "bind_id" in e:
            side = "out" if e.get("flow_out") else "in" if e.get("flow_in") else None
            expect(side is not None, f"{what}: a flow marker has flow_out or flow_in: {e}")
            expect(e["ph"] == "X", f"{what}: flow markers are X events: {e}")
            slot = flows.setdefault(e["bind_id"], {})
            expect(side not in slot, f"{what}: bind_id {e['bind_id']} has two {side} markers")
            slot[side] = e
    for bid, slot in flows.items():
        expect(set(slot) == {"out", "in"}, f"{what}: bind_id {bid} has both ends: {slot}")
        for e in slot.values():
            b = us_to_ns(e["ts"])
            end = b + us_to_ns(e["dur"])
            inside = [s for s in lanes[e["tid"]] if s.get("cat") == "state"
                      and us_to_ns(s["ts"]) < b and end < us_to_ns(s["ts"]) + us_to_ns(s["dur"])]
            expect(len(inside) == 1, f"{what}: marker {e} lies strictly inside one state slice")
    return events, {bid: (slot["out"], slot["in"]) for bid, slot in flows.items()}


# ---------------------------------------------------------------- record

@test
def record_passes_output_and_status_through(c):
    c.write("p.py", PINGPONG)
    plain = c.stk_run("p.py", "4")
    expect_exit(plain, 0)
    r = c.trace("record", "-o", "t.stktrace", "--", "p.py", "4")
    expect_exit(r, 0)
    expect(r.out == plain.out, "the program's stdout is unchanged", r)
    expect(r.err == "", "nothing on stderr when it is not a terminal", r)
    expect((c.tmp / "t.stktrace").stat().st_size > 16, "a trace was written", r)


@test
def record_passes_exit_status_and_traceback_through(c):
    c.write("exit3.py", "import sys\nprint('bye')\nsys.exit(3)\n")
    r = c.trace("record", "-o", "a.stktrace", "--", "exit3.py")
    expect_exit(r, 3)
    expect(r.out == "bye\n", "output before exit", r)
    rep = c.report(c.tmp / "a.stktrace")
    expect(rep["complete"] and rep["exit_status"] == 3, f"the trace records exit status 3: {rep['exit_status']}")
    c.write("boom.py", "print('x')\nraise ValueError('boom')\n")
    plain = c.stk_run("boom.py")
    r = c.trace("record", "-o", "b.stktrace", "boom.py")
    expect_exit(r, 1)
    expect(r.out == plain.out and r.err == plain.err, "stdout and the traceback are the program's own", r)
    expect(c.report(c.tmp / "b.stktrace")["exit_status"] == 1, "exit status 1 recorded")


@test
def stk_run_trace_records_the_same(c):
    n = 4
    c.write("p.py", PINGPONG)
    plain = c.stk_run("p.py", str(n))
    r = c.stk_run("run", "--trace", "s.stktrace", "p.py", str(n))
    expect_exit(r, 0)
    expect(r.out == plain.out and r.err == "", "the program's output is unchanged", r)
    a = c.report(c.tmp / "s.stktrace")
    b = c.report(c.record("p.py", str(n)))
    expect([ch["transfers"] for ch in a["channels"]] == [ch["transfers"] for ch in b["channels"]] == [n, n],
           "the same transfers either way")
    expect([(t["name"], t["switches"], t["end"]) for t in a["tasklets"]] ==
           [(t["name"], t["switches"], t["end"]) for t in b["tasklets"]], "the same tasklets either way")


@test
def record_default_output_is_program_name_in_cwd(c):
    c.write("sub/prog.py", "print('hi')\n")
    r = c.trace("record", "sub/prog.py")
    expect_exit(r, 0)
    expect((c.tmp / "prog.stktrace").is_file(), "prog.stktrace in the current directory", r)
    expect(not (c.tmp / "sub" / "prog.stktrace").exists(), "not next to the program", r)


@test
def record_passes_program_arguments_and_options_after_program(c):
    c.write("args.py", "import sys\nprint(sys.argv)\n")
    r = c.trace("record", "-o", "t.stktrace", "args.py", "-o", "x", "--preempt")
    expect_exit(r, 0)
    expect(r.out == "['args.py', '-o', 'x', '--preempt']\n", "words after the program are its argv", r)


@test
def record_preempt_interleaves_like_stk(c):
    c.write("spin.py", "import stackless\ndef spin(name):\n    for i in range(3):\n        n = 0\n"
                       "        for j in range(3000):\n            n += j\n        print(name, i)\n"
                       "stackless.tasklet(spin)('A')\nstackless.tasklet(spin)('B')\nstackless.run()\n")
    plain = c.stk_run("run", "--preempt", "500", "spin.py")
    r = c.trace("record", "--preempt", "500", "-o", "t.stktrace", "--", "spin.py")
    expect_exit(r, 0)
    expect(r.out == plain.out, "the same interleaving as stk run --preempt", r)
    rep = c.report(c.tmp / "t.stktrace")
    switches = sum(t["switches"] for t in workers(rep))
    expect(switches > 2, f"preemption shows as extra switches ({switches})")


@test
def record_errors_are_one_line(c):
    c.write("p.py", "print('ran')\n")
    r = c.trace("record", "-o", "no/such/dir/t.stktrace", "--", "p.py")
    expect(r.rc != 0, "non-zero exit for an unwritable trace", r)
    expect(len(r.err_lines) == 1 and r.err_lines[0].startswith("stk-trace: "), "one error line", r)
    expect("no/such/dir/t.stktrace" in r.err, "it names the file", r)
    expect(r.out == "", "the program did not run", r)
    expect_one_error_line(c.trace("record"), 2, "no program")
    expect_one_error_line(c.trace("record", "--preempt", "0", "p.py"), 2, "--preempt")
    expect_one_error_line(c.trace("record", "--bogus", "p.py"), 2, "bogus")
    expect_one_error_line(c.trace("record", "-o", "p.py", "p.py"), 2, "overwrite")
    expect_one_error_line(c.trace("record", "-o", "m.stktrace", "missing.py"), 2, "can't open file 'missing.py'")
    expect(not (c.tmp / "m.stktrace").exists(), "no trace file is left for a program that does not exist")
    expect(c.tmp.joinpath("p.py").read_text() == "print('ran')\n", "the program is intact")


# ---------------------------------------------------------------- report

@test
def report_pingpong_counts_transfers_and_lanes(c):
    n = 7
    c.write("p.py", PINGPONG)
    rep = c.report(c.record("p.py", str(n)))
    expect(rep["complete"] and rep["exit_status"] == 0, "a complete trace")
    lanes = workers(rep)
    expect(sorted(t["name"] for t in lanes) == ["ping", "pong"], f"two worker lanes: {lanes}")
    chans = rep["channels"]
    expect(len(chans) == 2, f"two channels: {chans}")
    expect([ch["transfers"] for ch in chans] == [n, n], f"exactly {n} transfers each way: {chans}")
    t = by_name(rep)
    expect(t["ping"]["sent"] == n and t["ping"]["received"] == n, f"ping sent and received {n}: {t['ping']}")
    expect(t["pong"]["sent"] == n and t["pong"]["received"] == n, f"pong sent and received {n}: {t['pong']}")
    for w in lanes:
        expect(w["end"] == "normal", f"{w['name']} ended normally")
        expect(w["switches"] >= n, f"{w['name']} was switched in at least {n} times")
        parts = w["running_ns"] + w["ready_ns"] + w["blocked_ns"] + w["paused_ns"] + w["run_wait_ns"]
        expect(parts == w["lifetime_ns"], f"{w['name']}: the states add up to the lifetime: {w}")
    expect(rep["still_blocked"] == [] and rep["deadlock"] is False, "no deadlock")
    expect(rep["anomalies"] == 0, f"the trace fits the model: {rep['anomalies']} anomalies")
    locs = [s["location"] for s in rep["blocking_locations"]]
    expect(all(loc.startswith("p.py:") for loc in locs) and locs, f"blocking sites are lines of p.py: {locs}")


@test
def report_text_shows_tables(c):
    c.write("p.py", PINGPONG)
    path = c.record("p.py", "3")
    r = c.trace("report", path)
    expect_exit(r, 0)
    for heading in ("Tasklets", "Channels", "Where tasklets blocked"):
        expect(heading + "\n" in r.out, f"a '{heading}' section", r)
    rows = [line.split() for line in r.out.splitlines()]
    ping = [row for row in rows if row[:2] == ["#1", "ping"]]
    expect(len(ping) == 1 and ping[0][-1] == "normal", "a row for ping that ends 'normal'", r)
    ch = [row for row in rows if len(row) > 3 and row[0] == "#1" and row[1] == "-" and row[2].startswith("p.py:")]
    expect(len(ch) == 1 and ch[0][3] == "3", "channel #1, no label, 3 transfers", r)
    expect("Deadlock" not in r.out, "no deadlock section", r)


@test
def report_exact_figures_of_a_handmade_trace(c):
    rounds, step = 4, 1000
    c.write("h.stktrace", tracegen.pingpong(rounds, step).bytes())
    rep = c.report("h.stktrace")
    t = by_name(rep)
    # tracegen.pingpong: every event one step apart; ping blocks from its
    # `blocked` event until the transfer two steps later, pong likewise.
    expect(t["ping"]["blocked_ns"] == rounds * 2 * step, f"ping blocked {rounds * 2 * step} ns: {t['ping']}")
    expect(t["pong"]["blocked_ns"] == rounds * 2 * step, f"pong blocked: {t['pong']}")
    expect(t["ping"]["switches"] == rounds + 1 and t["pong"]["switches"] == rounds + 1, "switch counts")
    expect(t["main"]["run_wait_ns"] > 0 and t["main"]["end"] == "running", f"main waits in run(): {t['main']}")
    for ch in rep["channels"]:
        expect(ch["transfers"] == rounds and ch["max_waiting_senders"] == 1 and ch["max_waiting_receivers"] == 0,
               f"channel figures: {ch}")
        expect(ch["blocked_ns"] == rounds * 2 * step, f"channel blocked time: {ch}")
    expect(rep["marks"] == 1, "one mark")
    expect(rep["duration_ns"] == (tracegen.pingpong(rounds, step).count - 1) * step, "duration = last event time")


@test
def report_reads_version_2_packed_traces_alike(c):
    # The same run written both ways (version 1: Blocked events and 32-byte
    # records; version 2: the switch carries the block, packed records).
    rounds, step = 4, 1000
    c.write("v1.stktrace", tracegen.pingpong(rounds, step).bytes())
    c.write("v2.stktrace", tracegen.pingpong(rounds, step, v2=True).bytes())
    one, two = c.report("v1.stktrace"), c.report("v2.stktrace")
    keys = ("blocked_ns", "switches", "sent", "received", "end", "lifetime_ns")
    for a, b in zip(one["tasklets"], two["tasklets"]):
        expect({k: a[k] for k in keys} == {k: b[k] for k in keys}, f"same tasklet figures: {a} vs {b}")
    expect(one["channels"] == two["channels"], f"same channels: {two['channels']}")
    expect(one["blocking_locations"] == two["blocking_locations"], "same blocking sites")
    expect(two["anomalies"] == 0 and two["complete"], "a clean version-2 trace")
    # A damaged packed record: one error line naming its offset.
    data = bytearray(tracegen.pingpong(rounds, step, v2=True).bytes())
    packed = [ch for ch in chunks(bytes(data)) if ch[1] == tracegen.CHUNK_PACKED][0][0]
    data[packed + 8 + 8] = 200  # the first record's kind byte
    c.write("bad.stktrace", bytes(data))
    expect_one_error_line(c.trace("dump", "bad.stktrace"), 1, "event kind 200", f"offset {packed + 16}")
    c.write("cut.stktrace", bytes(data[: packed + 8 + 8 + 3]) )
    r = c.trace("dump", "cut.stktrace")
    expect(r.rc == 0 and any("truncated" in line for line in r.err_lines), "a cut packed chunk is truncation", r)


@test
def report_reads_version_3_ticks_traces_alike(c):
    # Version 3 (what stk writes now): the version-2 events in Ticks chunks,
    # times as clock ticks with the rate in the chunk, compact 8-byte records
    # where the fields fit. tracegen writes them independently of the C++.
    rounds, step = 4, 1000
    c.write("v2.stktrace", tracegen.pingpong(rounds, step, v2=True).bytes())
    c.write("v3.stktrace", tracegen.pingpong(rounds, step, v3=True).bytes())
    two, three = c.report("v2.stktrace"), c.report("v3.stktrace")
    two.pop("file"), three.pop("file")
    expect(two == three, f"the same report: {two} vs {three}")
    expect(c.trace("dump", "v2.stktrace").out == c.trace("dump", "v3.stktrace").out, "the same events and times")
    data = bytearray(tracegen.pingpong(rounds, step, v3=True).bytes())
    ticks = [ch for ch in chunks(bytes(data)) if ch[1] == tracegen.CHUNK_TICKS][0][0]
    first = ticks + 8 + 16  # chunk header, base time, rate
    expect(data[first] & 0x80, "the first record is compact")
    data[first] = 0x80 | 31  # a compact record of kind 31
    c.write("bad.stktrace", bytes(data))
    expect_one_error_line(c.trace("dump", "bad.stktrace"), 1, "event kind 31", f"offset {first}")
    c.write("cut.stktrace", bytes(data[: first + 5]))
    r = c.trace("dump", "cut.stktrace")
    expect(r.rc == 0 and any("truncated" in line for line in r.err_lines), "a cut ticks chunk is truncation", r)
    # A Ticks chunk in a version-2 file is damage.
    data = bytearray(tracegen.pingpong(rounds, step, v3=True).bytes())
    data[8] = 2
    c.write("v2ticks.stktrace", bytes(data))
    expect_one_error_line(c.trace("dump", "v2ticks.stktrace"), 1, "unknown chunk type 6", f"offset {ticks}")


@test
def report_deadlock_names_tasklet_channel_and_line(c):
    c.write("d.py", DEADLOCK)
    path = c.record("d.py")
    rep = c.report(path)
    expect(rep["deadlock"] is True, "a deadlock")
    sb = rep["still_blocked"]
    expect(len(sb) == 1 and sb[0]["name"] == "w1" and sb[0]["direction"] == "receive"
           and sb[0]["location"] == "d.py:4", f"w1 receiving at d.py:4: {sb}")
    r = c.trace("report", path)
    expect_exit(r, 0)
    lines = r.out.splitlines()
    expect("Deadlock: 1 tasklet still blocked when the program ended" in lines, "a deadlock section", r)
    expect(any(line.strip().startswith("w1 (#") and "receiving on channel #1 at d.py:4" in line for line in lines),
           "the line names the tasklet, the channel and the line", r)


LABELLED = """import stackless
jobs = stackless.channel()
jobs.label = 'jobs'
idle = stackless.channel()
idle.label = 'renamed later'
def worker():
    while True:
        jobs.send(jobs.receive() * 2)
def stuck():
    idle.receive()
stackless.tasklet(worker)()
stackless.tasklet(stuck)()
stackless.schedule()
idle.label = 'idle'
for i in range(3):
    jobs.send(i)
    print(jobs.receive())
stackless.run()
"""


@test
def channel_labels_name_channels_everywhere(c):
    # channel.label goes into the trace (a channel_label event) and names the
    # channel in the report, the deadlock section, the dump, JSON Lines and
    # the Chrome export; the last label set wins.
    c.write("l.py", LABELLED)
    path = c.record("l.py")
    rep = c.report(path)
    labels = {ch["id"]: ch["label"] for ch in rep["channels"]}
    expect(labels == {1: "jobs", 2: "idle"}, f"channel labels: {labels}")
    sb = rep["still_blocked"]
    expect(rep["deadlock"] and len(sb) == 2 and {t["channel_label"] for t in sb} == {"jobs", "idle"},
           f"the blocked tasklets' channels: {sb}")
    r = c.trace("report", path)
    expect_exit(r, 0)
    expect("on channel idle (#2) at l.py:10" in r.out, "the deadlock line names the label", r)
    expect("jobs (#1)" in r.out, "blocking sites name the label", r)
    dump = c.trace("dump", path)
    expect(dump.out.count("channel_label") == 3 and "label=idle" in dump.out, "three channel_label events", dump)
    c.trace("export", path, "--format", "jsonl", "-o", "l.jsonl")
    rows = [json.loads(line) for line in (c.tmp / "l.jsonl").read_text().splitlines()]
    lab = [row for row in rows if row.get("kind") == "channel_label"]
    expect([row.get("label") for row in lab] == ["jobs", "renamed later", "idle"], f"jsonl labels: {lab}")
    c.trace("export", path, "--format", "chrome", "-o", "l.json")
    names = {e["name"] for e in json.loads((c.tmp / "l.json").read_text())["traceEvents"]}
    for n in ("send jobs", "recv jobs", "blocked: receive idle", "jobs balance"):
        expect(n in names, f"a Chrome event named {n!r}: {sorted(names)}")


@test
def report_marks_and_exceptions(c):
    c.write("m.py", "import stackless\nimport stk\ndef bad():\n    stk.mark('before')\n    raise KeyError('k')\n"
                    "stackless.tasklet(bad)()\ntry:\n    stackless.run()\nexcept KeyError:\n    print('caught')\n"
                    "stk.mark('after')\n")
    path = c.record("m.py")
    rep = c.report(path)
    expect(rep["marks"] == 2, f"two marks: {rep['marks']}")
    bad = [t for t in rep["tasklets"] if t["name"] == "bad"]
    expect(len(bad) == 1 and bad[0]["end"] == "exception" and bad[0]["exception"] == "KeyError",
           f"bad died of a KeyError: {bad}")
    r = c.trace("export", path, "--format", "chrome", "-o", "m.json")
    expect_exit(r, 0)
    events, _ = check_chrome(json.loads((c.tmp / "m.json").read_text()), "marks")
    marks = sorted(e["name"] for e in events if e["ph"] == "i" and e.get("cat") == "mark")
    expect(marks == ["after", "before"], f"marks as instant events: {marks}")


# ---------------------------------------------------------------- export

@test
def export_chrome_is_valid_with_flows_per_transfer(c):
    n = 6
    c.write("p.py", PINGPONG)
    path = c.record("p.py", str(n))
    r = c.trace("export", path, "--format", "chrome", "-o", "out.json")
    expect_exit(r, 0)
    expect(r.out == "" and r.err == "", "quiet when written to a file", r)
    doc = json.loads((c.tmp / "out.json").read_text(encoding="utf-8"))
    events, flows = check_chrome(doc, "pingpong")
    expect(len(flows) == 2 * n, f"{2 * n} flows, one per transfer: {len(flows)}")
    names = {e["tid"]: e["args"]["name"] for e in events if e["ph"] == "M" and e["name"] == "thread_name"}
    expect(sorted(names.values()) == ["main #0", "ping #1", "pong #2"], f"three lanes: {names}")
    for out_ev, in_ev in flows.values():
        expect(out_ev["tid"] != in_ev["tid"], "a flow goes from one lane to another")
        expect(out_ev["name"].startswith("send ch") and in_ev["name"].startswith("recv ch"), "marker names")
        expect(out_ev["args"]["channel"] == in_ev["args"]["channel"], "both ends name the channel")
    by_lane = {}
    for out_ev, in_ev in flows.values():
        by_lane.setdefault((names[out_ev["tid"]], names[in_ev["tid"]]), 0)
        by_lane[(names[out_ev["tid"]], names[in_ev["tid"]])] += 1
    expect(by_lane == {("ping #1", "pong #2"): n, ("pong #2", "ping #1"): n}, f"{n} flows each way: {by_lane}")
    states = {e["name"].split(":")[0] for e in events if e["ph"] == "X" and e.get("cat") == "state"}
    expect({"running", "ready", "blocked"} <= states, f"running, ready and blocked slices: {states}")


@test
def export_chrome_to_stdout_and_handmade_flows(c):
    c.write("h.stktrace", tracegen.pingpong(5).bytes())
    r = c.trace("export", "h.stktrace", "--format", "chrome")
    expect_exit(r, 0)
    _, flows = check_chrome(r.json(), "handmade")
    expect(len(flows) == 10, f"10 flows: {len(flows)}")


@test
def export_chrome_places_markers_when_slices_are_tight(c):
    # Transfers at the exact instant a slice starts or ends, several per slice,
    # and 1 ns slices: the markers must still nest, or the flow is dropped.
    t = tracegen.Trace(meta={"program": "tight.py"})
    t.event(0, "tasklet_created", 1, a=0, b=t.s("a"))
    t.event(0, "tasklet_created", 2, a=0, b=t.s("b"))
    t.event(0, "runnable", 1, a=0)
    t.event(0, "runnable", 2, a=0)
    t.event(10, "switch", 1, a=0, detail=tracegen.RUN_WAIT)
    now = 10
    for i in range(30):
        gap = [1, 2, 3, 7, 50][i % 5]
        t.event(now, "blocked", 1, a=1, detail=tracegen.SEND, c=t.s("tight.py:3"))
        t.event(now + gap, "switch", 2, a=1, detail=tracegen.BLOCKED)
        t.event(now + gap, "transfer", 1, a=1, b=2)
        t.event(now + gap + 1, "transfer", 2, a=2, b=1)
        t.event(now + 2 * gap, "switch", 1, a=2, detail=tracegen.SCHEDULE)
        now += 2 * gap + 1
    c.write("tight.stktrace", t.bytes())
    r = c.trace("export", "tight.stktrace", "--format", "chrome", "-o", "t.json")
    expect_exit(r, 0)
    _, flows = check_chrome(json.loads((c.tmp / "t.json").read_text()), "tight")
    dropped = 0
    if r.err:
        expect(len(r.err_lines) == 1 and "drawn without an arrow" in r.err, "one note about dropped flows", r)
        dropped = int(r.err.split("note: ")[1].split()[0])
    expect(len(flows) + dropped == 60, f"every transfer is a flow or counted as dropped ({len(flows)}+{dropped})")
    expect(len(flows) >= 40, f"most transfers keep their arrow: {len(flows)}")


@test
def export_time_window(c):
    t = tracegen.pingpong(20, step=1000)
    c.write("h.stktrace", t.bytes())
    r = c.trace("export", "h.stktrace", "--format", "chrome", "--from", "10us", "--to", "0.03ms")
    expect_exit(r, 0)
    events, flows = check_chrome(r.json(), "window")
    for e in events:
        if e["ph"] in ("X", "i", "C"):
            b = us_to_ns(e["ts"])
            end = b + us_to_ns(e.get("dur", 0))
            expect(10000 <= b and end <= 30000, f"inside the window: {e}")
    jl = c.trace("export", "h.stktrace", "--format", "jsonl", "--from", "10us", "--to", "30us")
    expect_exit(jl, 0)
    rows = [json.loads(line) for line in jl.out.splitlines()]
    expect(rows and all(10000 <= row["t_ns"] <= 30000 for row in rows), "jsonl rows inside the window", jl)
    expect(len(rows) == 21, f"21 events in [10, 30] us: {len(rows)}", jl)
    transfers = sum(1 for row in rows if row["kind"] == "transfer")
    expect(len(flows) == transfers, f"a flow per transfer inside the window ({len(flows)} vs {transfers})")
    expect_one_error_line(c.trace("export", "h.stktrace", "--format", "jsonl", "--from", "soon"), 2, "--from")
    expect_one_error_line(c.trace("export", "h.stktrace", "--format", "jsonl", "--to", "5kg"), 2, "--to")
    expect_one_error_line(c.trace("export", "h.stktrace", "--format", "jsonl", "--from", "2s", "--to", "1s"), 2,
                          "later")


@test
def export_jsonl_one_decoded_event_per_line(c):
    n = 3
    c.write("p.py", PINGPONG)
    path = c.record("p.py", str(n))
    r = c.trace("export", path, "--format", "jsonl")
    expect_exit(r, 0)
    rows = [json.loads(line) for line in r.out.splitlines()]
    dump = c.trace("dump", path)
    expect_exit(dump, 0)
    dumped = [line for line in dump.out.splitlines() if not line.startswith("#")]
    expect(len(rows) == len(dumped), f"as many lines as dump has events ({len(rows)} vs {len(dumped)})", r)
    transfers = [row for row in rows if row["kind"] == "transfer"]
    expect(len(transfers) == 2 * n, f"{2 * n} transfers", r)
    expect(all({"t_ns", "tasklet", "tasklet_name", "channel", "receiver", "receiver_name"} <= set(row)
               for row in transfers), "decoded transfer fields", r)
    expect({(row["tasklet_name"], row["receiver_name"]) for row in transfers} == {("ping", "pong"), ("pong", "ping")},
           "names resolved", r)
    # Version 2: a switch carries the block of the tasklet switched out.
    blocked = [row for row in rows if row["kind"] == "blocked" or (row["kind"] == "switch" and "channel" in row)]
    expect(blocked and all(row["at"].startswith("p.py:") and row["direction"] in ("send", "receive")
                           for row in blocked), "strings and enums decoded", r)
    times = [row["t_ns"] for row in rows]
    expect(times == sorted(times), "in time order", r)


@test
def export_format_errors_are_usage_errors(c):
    c.write("h.stktrace", tracegen.pingpong(1).bytes())
    expect_one_error_line(c.trace("export", "h.stktrace", "--format", "svg"), 2, "unknown format 'svg'")
    expect_one_error_line(c.trace("export", "missing.stktrace", "--format", "svg"), 2, "unknown format")
    expect_one_error_line(c.trace("export", "h.stktrace"), 2, "--format")
    expect_one_error_line(c.trace("export", "--format", "chrome"), 2, "no trace file")
    expect_one_error_line(c.trace("export", "h.stktrace", "--format", "jsonl", "-o", "h.stktrace"), 2, "overwrite")
    expect(c.tmp.joinpath("h.stktrace").read_bytes() == tracegen.pingpong(1).bytes(), "the trace is intact")
    expect_one_error_line(c.trace("export", "h.stktrace", "--format", "chrome", "-o", "no/dir/x.json"), 1,
                          "no/dir/x.json")


@test
def progress_only_on_a_terminal(c):
    big = tracegen.Trace(meta={"program": "big.py"})
    big.event(0, "tasklet_created", 1, a=0, b=big.s("w"))
    label = big.s("tick")
    for i in range(250000):
        big.event(i + 1, "mark", 1, b=label)
    c.write("big.stktrace", big.bytes())
    r = c.trace("export", "big.stktrace", "--format", "jsonl", "-o", "big.jsonl")
    expect_exit(r, 0)
    expect(r.err == "", "no progress when stderr is not a terminal", r)
    # Now with stderr on a pseudo-terminal.
    master, slave = pty.openpty()
    proc = subprocess.Popen([c.stk_trace, "export", "big.stktrace", "--format", "jsonl", "-o", "big2.jsonl"],
                            cwd=c.tmp, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    seen = b""
    while True:
        ready, _, _ = select.select([master], [], [], TIMEOUT_S)
        if not ready:
            break
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.close(master)
    rc = proc.wait(timeout=TIMEOUT_S)
    expect(rc == 0, f"exit 0 with a terminal, got {rc}")
    text = seen.decode("utf-8", "replace")
    expect("stk-trace: export:" in text and "%" in text, f"a progress line on the terminal: {text[:200]!r}")
    expect(text.endswith("\r\x1b[K"), f"the progress line is erased at the end: {text[-40:]!r}")
    expect((c.tmp / "big.jsonl").read_bytes() == (c.tmp / "big2.jsonl").read_bytes(), "the same output either way")


# ---------------------------------------------------------------- dump

@test
def dump_prints_every_event_with_names(c):
    data = tracegen.pingpong(2)
    c.write("h.stktrace", data.bytes())
    r = c.trace("dump", "h.stktrace")
    expect_exit(r, 0)
    lines = r.out.splitlines()
    events = [line for line in lines if not line.startswith("#")]
    expect(len(events) == data.count, f"{data.count} event lines", r)
    expect("# program: pingpong.py" in lines, "metadata as comments", r)
    expect(lines[-1] == f"# end: {data.count} events, exit status 0", "the end record", r)
    transfer = [line for line in events if line.split()[1] == "transfer"]
    expect(len(transfer) == 4 and "receiver=#2(pong)" in transfer[0] and "#1(ping)" in transfer[0],
           "tasklets named in transfers", r)
    blocked = [line for line in events if line.split()[1] == "blocked"]
    expect("direction=send" in blocked[0] and "at=pingpong.py:13" in blocked[0], "fields decoded", r)
    expect(events[0].split()[0] == "0.000", "times in µs with three decimals", r)


def read_lines_until(proc, found, what, timeout=TIMEOUT_S):
    """Lines of proc's stdout up to the first for which found(line) holds;
    a Failure if the output ends or `timeout` seconds pass first."""
    deadline = time.monotonic() + timeout
    lines, pending = [], b""
    fd = proc.stdout.fileno()
    while True:
        while b"\n" in pending:
            line, pending = pending.split(b"\n", 1)
            lines.append(line.decode() + "\n")
            if found(lines[-1]):
                return lines, pending
        left = deadline - time.monotonic()
        expect(left > 0, f"{what}: not within {timeout}s; got {lines}")
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, 65536)
            expect(chunk != b"", f"{what}: the output ended first; got {lines}")
            pending += chunk


SLOW_TICKS = """import stk
import time

for i in range(30):
    stk.mark("tick %d" % i)
    time.sleep(0.05)
print("done")
"""


@contextlib.contextmanager
def followed_recording(c, prog, trace, stdin=None):
    """Records `prog` into `trace` and follows it with `dump --follow` once the
    file exists; yields (recorder, follower), both killed on the way out if
    they still run."""
    rec = subprocess.Popen([c.stk_trace, "record", "-o", trace, "--", prog], cwd=c.tmp, stdin=stdin,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    follower = None
    try:
        for _ in range(500):
            if (c.tmp / trace).exists():
                break
            time.sleep(0.01)
        expect((c.tmp / trace).exists(), "the recording created its file")
        follower = subprocess.Popen([c.stk_trace, "dump", "--follow", trace], cwd=c.tmp,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        yield rec, follower
    finally:
        for proc in (rec, follower):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait()


@test
def dump_follow_prints_events_while_the_program_records(c):
    c.write("slow.py", SLOW_TICKS)
    with followed_recording(c, "slow.py", "f.stktrace") as (rec, follower):
        lines, pending = read_lines_until(follower, lambda line: "mark" in line and "tick 0" in line,
                                          "the first mark", timeout=5)
        expect(rec.poll() is None, "the first mark was printed while the program was still running "
               "(it sleeps 1.5 s in all)")
        rest, err = follower.communicate(timeout=TIMEOUT_S)
        expect(follower.returncode == 0, f"--follow ends with the recording, status 0: {err.decode()}")
        out = "".join(lines) + (pending + rest).decode()
        rec.communicate(timeout=TIMEOUT_S)
    expect(rec.returncode == 0, "the recording succeeded")
    whole = c.trace("dump", "f.stktrace")
    expect_exit(whole, 0)
    expect(out == whole.out, "--follow printed what dump prints of the finished file:\n"
           f"--- follow ---\n{out}\n--- dump ---\n{whole.out}")
    expect(sum("tick " in line for line in out.splitlines()) == 30, "all 30 marks", whole)
    # Damage while following is one error line, as for any reading command.
    c.write("bad.stktrace", b"STKTRACE" + b"\x09" * 8)
    r = c.trace("dump", "--follow", "bad.stktrace")
    expect_one_error_line(r, 1, "bad.stktrace", "unsupported trace format version")
    r = c.trace("dump", "--follow", "missing.stktrace")
    expect_one_error_line(r, 1, "missing.stktrace", "no such file")


@test
def dump_follow_sees_events_recorded_before_input(c):
    # A program that waits on input() has handed its events to the file first.
    c.write("ask.py", 'import stk\nstk.mark("before input")\nline = input()\nstk.mark("got " + line)\n')
    with followed_recording(c, "ask.py", "a.stktrace", stdin=subprocess.PIPE) as (rec, follower):
        read_lines_until(follower, lambda line: "before input" in line, "the mark before input()", timeout=5)
        expect(rec.poll() is None, "the program still waits for its input")
        rec.communicate(b"yes\n", timeout=TIMEOUT_S)
        rest, err = follower.communicate(timeout=TIMEOUT_S)
        expect(follower.returncode == 0, f"--follow ends with the recording: {err.decode()}")
    expect(rec.returncode == 0, "the recording succeeded")
    expect("label=\"got yes\"" in rest.decode(), f"the mark after the input: {rest.decode()}")


# ---------------------------------------------------------------- damaged input

@test
def truncated_trace_warns_and_still_reports(c):
    c.write("p.py", PINGPONG)
    whole = c.record("p.py", "6000").read_bytes()  # more than one chunk of events
    events_chunks = [ch for ch in chunks(whole) if ch[1] in tracegen.EVENT_CHUNKS]
    expect(len(events_chunks) >= 2, f"several events chunks: {chunks(whole)}")
    # Cut in the middle of the last events chunk.
    start, _, length = events_chunks[-1]
    cut = whole[: start + 8 + length // 2 + 5]
    c.write("cut.stktrace", cut)
    r = c.trace("report", "cut.stktrace", "--json")
    expect_exit(r, 0)
    expect(any("truncated" in line and f"offset {start}" in line for line in r.err_lines),
           "a warning naming the truncated chunk's offset", r)
    expect(all(line.startswith("stk-trace: warning: ") for line in r.err_lines), "only warnings", r)
    rep = r.json()
    expect(rep["complete"] is False and rep["exit_status"] is None, "reported as incomplete", r)
    expect(len(workers(rep)) == 2, "the lanes are still there", r)
    text = c.trace("report", "cut.stktrace")
    expect_exit(text, 0)
    expect("incomplete" in text.out, "the text report says it is incomplete", text)
    for cmd in (["dump", "cut.stktrace"], ["export", "cut.stktrace", "--format", "chrome", "-o", "x.json"],
                ["export", "cut.stktrace", "--format", "jsonl", "-o", "x.jsonl"]):
        r = c.trace(*cmd)
        expect_exit(r, 0)
        expect(any("truncated" in line for line in r.err_lines), f"{cmd[0]} warns too", r)
    check_chrome(json.loads((c.tmp / "x.json").read_text()), "truncated")


@test
def damaged_trace_is_one_error_line_with_offset(c):
    good = tracegen.pingpong(3).bytes()
    c.write("magic.stktrace", b"NOTTRACE" + good[8:])
    expect_one_error_line(c.trace("report", "magic.stktrace"), 1, "magic.stktrace", "offset 0")
    bad_version = good[:8] + struct.pack("<H", 99) + good[10:]
    c.write("version.stktrace", bad_version)
    expect_one_error_line(c.trace("report", "version.stktrace"), 1, "version 99", "offset 8")
    # An unknown chunk type right after the header.
    c.write("chunk.stktrace", good[:16] + struct.pack("<II", 77, 0) + good[16:])
    expect_one_error_line(c.trace("dump", "chunk.stktrace"), 1, "chunk type 77", "offset 16")
    # A chunk length field beyond any valid chunk.
    c.write("len.stktrace", good[:20] + struct.pack("<I", 0xFFFFFFF0) + good[24:])
    expect_one_error_line(c.trace("export", "len.stktrace", "--format", "chrome"), 1, "offset 20")
    # An event with an unknown kind.
    rec = [ch for ch in chunks(good) if ch[1] == tracegen.CHUNK_EVENTS][0][0] + 8
    bad_kind = good[: rec + 8] + bytes([200]) + good[rec + 9:]
    c.write("kind.stktrace", bad_kind)
    expect_one_error_line(c.trace("report", "kind.stktrace", "--json"), 1, "event kind 200", f"offset {rec + 8}")


@test
def empty_chunks_are_valid(c):
    t = tracegen.pingpong(2)
    data = t.bytes()
    first = chunks(data)[1][0]  # after the Meta chunk
    empty = tracegen.chunk(tracegen.CHUNK_EVENTS, b"") + tracegen.chunk(tracegen.CHUNK_STRINGS, b"")
    c.write("e.stktrace", data[:first] + empty + data[first:])
    rep = c.report("e.stktrace")
    expect(rep["complete"] and rep["events"] == t.count, f"the same events: {rep['events']}")
    c.write("only.stktrace", tracegen.header() + tracegen.chunk(tracegen.CHUNK_EVENTS, b""))
    r = c.trace("report", "only.stktrace", "--json")
    expect_exit(r, 0)
    expect(r.json()["tasklets"] == [], "no tasklets", r)


@test
def missing_or_unreadable_file_is_one_error_line(c):
    expect_one_error_line(c.trace("report", "nope.stktrace"), 1, "nope.stktrace", "no such file")
    expect_one_error_line(c.trace("dump", "nope.stktrace"), 1, "nope.stktrace")
    expect_one_error_line(c.trace("export", "nope.stktrace", "--format", "jsonl"), 1, "nope.stktrace")
    (c.tmp / "adir").mkdir()
    expect_one_error_line(c.trace("report", "adir"), 1, "directory")
    c.write("empty.stktrace", b"")
    expect_one_error_line(c.trace("report", "empty.stktrace"), 1, "offset 0")


@test
def random_damage_never_crashes(c):
    # Complements the libFuzzer target (which covers the reader): damaged files
    # through the model, the report and the exporters. Deterministic.
    c.write("p.py", PINGPONG)
    base = c.record("p.py", "5").read_bytes()
    seeds = [base, tracegen.pingpong(4).bytes()]
    rng = random.Random(1234)
    cases = 0
    for i in range(120):
        data = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(1, 6)):
            what = rng.random()
            if what < 0.6:
                # Change a byte inside an event record's fields (ids, detail, time).
                j = rng.randrange(16, len(data))
                data[j] = rng.randrange(256)
            elif what < 0.8 and len(data) > 17:
                del data[rng.randrange(17, len(data)):]
            else:
                j = rng.randrange(16, len(data))
                data[j:j] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 40)))
        c.write("f.stktrace", bytes(data))
        cmd = rng.choice([["report", "f.stktrace"], ["report", "f.stktrace", "--json"], ["dump", "f.stktrace"],
                          ["export", "f.stktrace", "--format", "chrome"], ["export", "f.stktrace", "--format", "jsonl"]])
        r = c.trace(*cmd)
        cases += 1
        expect(r.rc in (0, 1), f"case {i}: exit 0 or 1", r)
        if r.rc == 1:
            expect(len(r.err_lines) == 1 and r.err_lines[0].startswith("stk-trace: f.stktrace: ")
                   and "offset" in r.err_lines[0], f"case {i}: one error line with an offset", r)
            expect("internal error" not in r.err, f"case {i}: not an internal error", r)
        else:
            expect(all(line.startswith("stk-trace: ") for line in r.err_lines), f"case {i}: only warnings", r)
            if cmd[0] == "export" and cmd[-1] == "chrome":
                check_chrome(r.json(), f"case {i}")
            if "--json" in cmd:
                r.json()
    expect(cases == 120, "all cases ran")


# ---------------------------------------------------------------- command line

@test
def usage_errors_and_help(c):
    expect_one_error_line(c.trace(), 2, "no command")
    expect_one_error_line(c.trace("frobnicate"), 2, "unknown command 'frobnicate'")
    expect_one_error_line(c.trace("--frob"), 2, "unknown option")
    expect_one_error_line(c.trace("report"), 2, "no trace file")
    expect_one_error_line(c.trace("report", "a", "b"), 2, "exactly one")
    expect_one_error_line(c.trace("report", "--nope", "a"), 2, "nope")
    for args in (["-h"], ["report", "-h"], ["export", "-h"], ["dump", "-h"], ["record", "-h"]):
        r = c.trace(*args)
        expect_exit(r, 0)
        expect("usage" in r.out.lower() and r.err == "", f"help for {args}", r)
    r = c.trace("--version")
    expect_exit(r, 0)
    expect(r.out.startswith("stk-trace "), "a version line", r)


# ---------------------------------------------------------------- runner

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default=str(ROOT / "build" / "bin"),
                    help="the directory holding stk-trace and stk (default: build/bin)")
    ap.add_argument("-k", default="", help="run only tests whose name contains this")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()

    bindir = Path(args.bin).resolve()
    for tool in ("stk-trace", "stk"):
        if not os.access(bindir / tool, os.X_OK):
            print(f"run_trace_tests.py: error: {bindir / tool}: not an executable; build first (scripts/setup.sh)",
                  file=sys.stderr)
            print("0 passed, 1 failed")
            return 1

    passed = failed = 0
    for fn in TESTS:
        if args.k not in fn.__name__:
            continue
        with tempfile.TemporaryDirectory(prefix="stk-trace-") as tmp:
            try:
                fn(Ctx(bindir, tmp))
            except Failure as e:
                failed += 1
                print(f"FAIL {fn.__name__}\n{e}\n")
                continue
            except Exception:  # a bug in the test itself
                failed += 1
                print(f"ERROR {fn.__name__}\n{traceback.format_exc()}")
                continue
        passed += 1
        if args.verbose:
            print(f"ok   {fn.__name__}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
