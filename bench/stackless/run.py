#!/usr/bin/env python3
"""Microthread benchmarks: stk's `stackless` module against its peers, in the same run.

Workloads (see README.md): ping-pong over unbuffered channels, create-and-run
of trivial tasklets, hackysack with 10,000 and 100,000 players, and memory per
blocked tasklet. Peers: stk and PyPy3 run the same bench/stackless/stackless/*.py
(PyPy with and without its JIT); CPython 3.11 + greenlet runs greenlet/*.py
(a minimal fair channel, gchan.py); Go 1.19 runs go/main.go with GOMAXPROCS=1.

Every program times its own work (start-up excluded) and prints one
`RESULT k=v ...` line with a checksum; every checksum is compared with the one
this script computes for the same size, so a peer that did other work does not
count. Runs are interleaved round-robin (run 1 of every program, then run 2,
...), and the table gives medians. Memory is read from outside the process:
each blocked-tasklet program stops before creating anything (READY) and once
all N are blocked (BLOCKED), and this script reads VmRSS/VmHWM from
/proc/PID/status at both points; peak RSS of every run comes from wait4().

Usage: bench/stackless/run.py [--runs N] [--quick] [--only pingpong,blocked]
                              [--peers stk,go] [--stk build/bin/stk]
"""
import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CPYTHON = "/usr/bin/python3"  # Debian's CPython 3.11 with python3-greenlet, not a pyenv shim

# Sizes. `pypy` overrides where PyPy's emulation cannot afford N: it keeps a
# stack slice per tasklet (~56 KB with the JIT), so 1M tasklets would need
# ~56 GB. Per-op figures compare across sizes; checksums are per size.
FULL = {
    "pingpong": {"n": 1000000},
    "create": {"n": 1000000, "pypy": 100000},
    "hs10000": {"n": 10000, "m": 1000000},
    "hs100000": {"n": 100000, "m": 1000000},
    "blocked": {"n": 1000000, "pypy": 100000},
}
QUICK = {
    "pingpong": {"n": 10000},
    "create": {"n": 10000, "pypy": 2000},
    "hs10000": {"n": 100, "m": 10000},
    "hs100000": {"n": 1000, "m": 10000},
    "blocked": {"n": 10000, "pypy": 2000},
}
WORKLOADS = list(FULL)
PROGRAM = {"pingpong": "pingpong", "create": "create", "hs10000": "hackysack",
           "hs100000": "hackysack", "blocked": "blocked"}
UNIT = {"pingpong": "ns per one-way transfer", "create": "ns per tasklet",
        "hs10000": "ns per pass", "hs100000": "ns per pass"}

PEERS = ["stk", "pypy", "pypy-nojit", "greenlet", "go"]
LABEL = {"stk": "stk", "pypy": "PyPy3 stackless, JIT", "pypy-nojit": "PyPy3 stackless, --jit off",
         "greenlet": "CPython 3.11 + greenlet", "go": "Go, GOMAXPROCS=1"}


# ---------------------------------------------------------------- references

def hackysack_checksum(n, m):
    """What every hackysack program must print: sum of catchers' ids and the LCG state."""
    state, total, me, count = 12345, 0, 0, 0
    while True:
        count += 1
        total += me
        if count >= m:
            return "%d:%d" % (total, state)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        nxt = state % n
        if nxt == me:
            nxt = (nxt + 1) % n
        me = nxt


def expected_checksum(workload, size):
    n = size["n"]
    if workload == "pingpong":
        return str(n)
    if workload in ("create", "blocked"):
        return str(n * (n - 1) // 2)
    return hackysack_checksum(n, size["m"])


# ---------------------------------------------------------------- peers

def probe(cmd, want=None, env=None):
    """None if `cmd` runs (and prints `want`), else a one-line reason."""
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=60, env=env)
    except (OSError, subprocess.TimeoutExpired) as e:
        return str(e)
    if p.returncode != 0:
        err = (p.stderr.strip().splitlines() or ["exit %d" % p.returncode])[-1]
        return "`%s` failed: %s" % (" ".join(cmd), err)
    if want is not None and p.stdout.strip() != want:
        return "`%s` printed %r, expected %r" % (" ".join(cmd), p.stdout.strip(), want)
    return None


def find_peers(args, tmp):
    """{peer: (argv prefix for a program name, env)} and {peer: reason skipped}."""
    found, skipped = {}, {}
    wanted = set(args.peers.split(",")) if args.peers else set(PEERS)
    unknown = wanted - set(PEERS)
    if unknown:
        raise SystemExit("run.py: error: unknown peer(s): %s (known: %s)" % (", ".join(sorted(unknown)), ", ".join(PEERS)))
    sl = HERE / "stackless"

    if "stk" in wanted:
        stk = str(Path(args.stk))
        if not os.access(stk, os.X_OK):
            skipped["stk"] = "%s: not an executable (build first: scripts/setup.sh)" % stk
        else:
            why = probe([stk, "-c", "import stackless; c = stackless.channel(); print(c.balance)"], "0")
            if why:
                skipped["stk"] = "%s has no usable stackless module: %s" % (stk, why)
            else:
                found["stk"] = (lambda prog, stk=stk: [stk, str(sl / (prog + ".py"))], None)

    pypy = shutil.which(args.pypy)
    for peer, flags in (("pypy", []), ("pypy-nojit", ["--jit", "off"])):
        if peer not in wanted:
            continue
        if not pypy:
            skipped[peer] = "%s not installed (apt-get install pypy3)" % args.pypy
            continue
        why = probe([pypy] + flags + ["-c", "import stackless"])
        if why:
            skipped[peer] = "%s has no stackless module: %s" % (pypy, why)
        else:
            found[peer] = (lambda prog, f=flags: [pypy] + f + [str(sl / (prog + ".py"))], None)

    if "greenlet" in wanted:
        if not os.access(args.python, os.X_OK):
            skipped["greenlet"] = "%s not found (apt-get install python3 python3-greenlet)" % args.python
        else:
            why = probe([args.python, "-c", "import greenlet"])
            if why:
                skipped["greenlet"] = "%s has no greenlet (apt-get install python3-greenlet): %s" % (args.python, why)
            else:
                found["greenlet"] = (lambda prog: [args.python, str(HERE / "greenlet" / (prog + ".py"))], None)

    if "go" in wanted:
        go = shutil.which(args.go)
        if not go:
            skipped["go"] = "%s not installed (apt-get install golang-go)" % args.go
        else:
            exe = os.path.join(tmp, "peers-go")
            env = dict(os.environ, GOCACHE=os.path.join(tmp, "gocache"), GOPATH=os.path.join(tmp, "gopath"),
                       GOFLAGS="-mod=mod")
            p = subprocess.run([go, "build", "-o", exe, "."], cwd=HERE / "go", env=env, capture_output=True, text=True)
            if p.returncode != 0:
                skipped["go"] = "go build failed: %s" % p.stderr.strip()[-300:]
            else:
                found["go"] = (lambda prog: [exe, prog], dict(os.environ, GOMAXPROCS="1"))
    return found, skipped


# ---------------------------------------------------------------- running

def proc_status(pid):
    """VmRSS and VmHWM of a live process, in bytes."""
    out = {}
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith(("VmRSS:", "VmHWM:")):
                k, v = line.split(":", 1)
                out[k] = int(v.split()[0]) * 1024
    return out


GNU_TIME = "/usr/bin/time"


def run_one(cmd, env, pause, timeout):
    """Run cmd; returns (RESULT fields, extra measurements) or raises RuntimeError.

    Peak RSS: a child's ru_maxrss from wait4() starts at its parent's RSS (Linux
    carries the forking process's high-water mark across exec), which would floor
    every figure at run.py's own ~15 MiB. So non-pausing programs run under GNU
    time (about 1 MiB itself); pausing ones report VmHWM read from /proc."""
    use_time = not pause and os.access(GNU_TIME, os.X_OK)
    with tempfile.TemporaryFile() as err, tempfile.NamedTemporaryFile("r") as tout:
        if use_time:
            cmd = [GNU_TIME, "-f", "%M", "-o", tout.name] + cmd
        p = subprocess.Popen(cmd, stdin=subprocess.PIPE if pause else subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=err, env=env, text=True, start_new_session=True)

        def kill_group():  # the program and, under GNU time, its child
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        timer = threading.Timer(timeout, kill_group)
        timer.start()
        extra, lines = {}, []
        try:
            for line in p.stdout:
                word = line.strip()
                if pause and word in ("READY", "BLOCKED"):
                    st = proc_status(p.pid)
                    extra[word.lower() + "_rss"] = st["VmRSS"]
                    extra[word.lower() + "_hwm"] = st["VmHWM"]
                    p.stdin.write("\n")
                    p.stdin.flush()
                else:
                    lines.append(line)
        except OSError as e:  # the process died while we read /proc or wrote to it
            lines.append("run.py: %s\n" % e)
        try:
            _, status, ru = os.wait4(p.pid, 0)
            p.returncode = os.waitstatus_to_exitcode(status)
        finally:
            killed = not timer.is_alive()
            timer.cancel()
            if p.returncode is None:
                kill_group()
                p.wait()
        if use_time and p.returncode in (126, 127) and not lines:
            raise OSError("GNU time could not execute %s (exit %d)" % (cmd[5], p.returncode))
        if p.returncode != 0:
            err.seek(0)
            tail = err.read().decode("utf-8", "replace").strip()[-600:]
            why = "timed out after %ds" % timeout if killed else "exited %d" % p.returncode
            raise RuntimeError("%s %s" % (why, tail))
        if use_time:
            extra["peak_rss"] = int(tout.read().split()[-1]) * 1024
        elif not pause:
            extra["peak_rss"] = ru.ru_maxrss * 1024  # floored at run.py's RSS (see above)
    results = [l for l in lines if l.startswith("RESULT ")]
    if not results:
        raise RuntimeError("printed no RESULT line: %r" % "".join(lines)[-300:])
    fields = dict(kv.split("=", 1) for kv in results[-1].split()[1:])
    if pause:
        if "blocked_rss" not in extra:
            raise RuntimeError("never printed READY/BLOCKED")
        n = int(fields["n"])
        extra["bytes_per_blocked"] = (extra["blocked_rss"] - extra["ready_rss"]) / max(n, 1)
    return fields, extra


def run_with_retry(cmd, env, pause, timeout):
    """run_one, retried when the binary cannot be started (stk being rebuilt:
    'Text file busy', or missing for a moment)."""
    for attempt in range(4):
        try:
            return run_one(cmd, env, pause, timeout)
        except OSError as e:
            if attempt == 3:
                raise RuntimeError("cannot start: %s" % e)
            print("  cannot start (%s); retrying in 15 s" % e, file=sys.stderr, flush=True)
            time.sleep(15)


def stamp_of(path):
    try:
        st = os.stat(path)
        return (st.st_mtime_ns, st.st_size)
    except OSError:
        return None


def size_for(workload, peer, sizes):
    s = dict(sizes[workload])
    if peer.startswith("pypy") and "pypy" in s:
        s["n"] = s["pypy"]
    s.pop("pypy", None)
    return s


def argv_for(workload, size):
    a = [str(size["n"])]
    if "m" in size:
        a.append(str(size["m"]))
    if workload == "blocked":
        a.append("pause")
    return a


def shown(cmd, env):
    """The command as a reader can retype it: repo paths relative to the current
    folder, the Go binary by its name (built from bench/stackless/go)."""
    parts = []
    for c in cmd:
        if c.endswith("/peers-go"):
            c = "peers-go"
        elif os.path.isabs(c) and Path(c).resolve().is_relative_to(ROOT):
            c = os.path.relpath(c, Path.cwd())
        parts.append(c)
    if env is not None and env.get("GOMAXPROCS"):
        parts.insert(0, "GOMAXPROCS=1")
    return " ".join(parts)


def machine(found, args):
    """Lines describing the machine and the peers' versions."""
    def out(cmd):
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
            return (p.stdout + p.stderr).strip().replace("\n", " ")
        except OSError as e:
            return str(e)
    cpu = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem = int(f.readline().split()[1]) / 2**20
    lines = ["machine: %s, %d cores, %.0f GiB; loadavg at start %s"
             % (cpu, os.cpu_count(), mem, " ".join(open("/proc/loadavg").read().split()[:3]))]
    if "stk" in found:
        rev = out(["git", "-C", str(ROOT), "log", "-1", "--format=%h %s"])
        lines.append("stk: %s (%s), commit %s" % (out([args.stk, "--version"]), os.path.relpath(args.stk, Path.cwd()), rev))
    if "pypy" in found or "pypy-nojit" in found:
        lines.append("pypy: %s" % out([args.pypy, "--version"]))
    if "greenlet" in found:
        lines.append("cpython: %s" % out([args.python, "-c", "import sys, greenlet; print(sys.version.split()[0], 'greenlet', greenlet.__version__)"]))
    if "go" in found:
        lines.append("go: %s (peers-go = go build of bench/stackless/go)" % out([args.go, "version"]))
    return lines


# ---------------------------------------------------------------- report

def med(xs):
    return statistics.median(xs) if xs else None


def fmt(x, spec="%.1f"):
    return "–" if x is None else spec % x


def ratio(a, b):
    return "–" if a is None or b is None or b == 0 else "%.2f" % (a / b)


def mib(b):
    return "–" if b is None else "%.1f" % (b / 1048576)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=None, help="runs per program (default 5, minimum 5; --quick: default 1)")
    ap.add_argument("--quick", action="store_true", help="small sizes: a smoke test of every program (a minute or two)")
    ap.add_argument("--only", default="", help="comma-separated workloads: " + ",".join(WORKLOADS))
    ap.add_argument("--peers", default="", help="comma-separated peers: " + ",".join(PEERS))
    ap.add_argument("--stk", default=str(ROOT / "build" / "bin" / "stk"), help="stk binary")
    ap.add_argument("--pypy", default="pypy3", help="PyPy 3 with its stackless module")
    ap.add_argument("--python", default=CPYTHON, help="CPython with greenlet (default: Debian's)")
    ap.add_argument("--go", default="go", help="Go toolchain")
    ap.add_argument("--timeout", type=int, default=900, help="seconds per program run")
    args = ap.parse_args()
    if args.quick:
        runs = args.runs or 1
        sizes = QUICK
    else:
        runs = max(5, args.runs or 5)
        sizes = FULL
    workloads = WORKLOADS
    if args.only:
        wanted = [w.strip() for w in args.only.split(",") if w.strip()]
        unknown = set(wanted) - set(WORKLOADS)
        if unknown:
            print("run.py: error: unknown workload(s): %s (known: %s)" % (", ".join(sorted(unknown)), ", ".join(WORKLOADS)),
                  file=sys.stderr)
            return 2
        workloads = [w for w in WORKLOADS if w in wanted]
    os.environ["PYTHONDONTWRITEBYTECODE"] = "1"  # no __pycache__ in the source tree

    with tempfile.TemporaryDirectory(prefix="stk-bench-stackless-") as tmp:
        found, skipped = find_peers(args, tmp)
        for peer in PEERS:
            if peer in skipped:
                print("skip %s: %s" % (peer, skipped[peer]), file=sys.stderr)
        if not found:
            print("run.py: error: no peer can run", file=sys.stderr)
            return 2
        peers = [p for p in PEERS if p in found]
        info = machine(found, args)

        configs = []  # (workload, peer, size, cmd, env)
        for w in workloads:
            for peer in peers:
                prefix, env = found[peer]
                size = size_for(w, peer, sizes)
                configs.append((w, peer, size, prefix(PROGRAM[w]) + argv_for(w, size), env))
        want = {}
        for w, peer, size, _, _ in configs:
            key = (w, tuple(sorted(size.items())))
            if key not in want:
                want[key] = expected_checksum(w, size)

        stk_stamp = stamp_of(args.stk) if "stk" in found else None
        data = {(w, peer): [] for w, peer, _, _, _ in configs}
        errors = []
        for r in range(runs):
            for w, peer, size, cmd, env in configs:
                print("run %d/%d %s %s: %s" % (r + 1, runs, w, peer, shown(cmd, env)), file=sys.stderr, flush=True)
                try:
                    fields, extra = run_with_retry(cmd, env, w == "blocked", args.timeout)
                except RuntimeError as e:
                    errors.append("%s %s run %d: %s" % (w, peer, r + 1, e))
                    print("  error: " + errors[-1], file=sys.stderr)
                    continue
                exp = want[(w, tuple(sorted(size.items())))]
                if fields.get("checksum") != exp:
                    errors.append("%s %s run %d: checksum %s, expected %s (N=%d)"
                                  % (w, peer, r + 1, fields.get("checksum"), exp, size["n"]))
                    print("  error: " + errors[-1], file=sys.stderr)
                    continue
                if "balance" in fields and int(fields["balance"]) != -size["n"]:
                    errors.append("%s %s run %d: channel balance %s once all were blocked, expected %d"
                                  % (w, peer, r + 1, fields["balance"], -size["n"]))
                    print("  error: " + errors[-1], file=sys.stderr)
                    continue
                data[(w, peer)].append((fields, extra))
    info[0] += ", at end %s" % " ".join(open("/proc/loadavg").read().split()[:3])
    if stk_stamp is not None and stamp_of(args.stk) != stk_stamp:
        info.append("WARNING: %s changed during this run (rebuilt?): its figures may mix two builds" % args.stk)
        print(info[-1], file=sys.stderr)

    # ------------------------------------------------------------ tables
    def m(w, peer, key, src=0):
        rows = data.get((w, peer), [])
        return med([float(row[src][key]) for row in rows if key in row[src]])

    cmd_of = {(w, peer): shown(cmd, env) for w, peer, _, cmd, env in configs}
    n_of = {(w, peer): size for w, peer, size, _, _ in configs}
    print()
    print("Command: `python3 %s`" % " ".join([os.path.relpath(__file__, Path.cwd())] + sys.argv[1:]))
    print()
    for line in info:
        print(line + "  ")
    print()
    print("%d run%s of each program, interleaved round-robin; medians. Times are measured inside each program"
          " (start-up excluded): wall and process CPU. stk/peer < 1: stk is faster. Ratios use CPU time."
          % (runs, "" if runs == 1 else "s"))
    if args.quick:
        print("QUICK MODE: small sizes, a smoke test; do not quote these figures.")
    for peer in PEERS:
        if peer in skipped:
            print("\nSkipped %s: %s" % (peer, skipped[peer]))

    timed = [w for w in workloads if w != "blocked"]
    if timed:
        print()
        print("| workload | peer | N | wall ns/op | CPU ns/op | stk/peer (CPU) | peak RSS (MiB) | command |")
        print("|---|---|---:|---:|---:|---:|---:|---|")
        for w in timed:
            stk_cpu = m(w, "stk", "cpu_ns_per_op")
            for peer in peers:
                size = n_of[(w, peer)]
                label = {"pingpong": "ping-pong, " + UNIT[w], "create": "create + run, " + UNIT[w],
                         "hs10000": "hackysack %s players, %s" % (format(size["n"], ","), UNIT[w]),
                         "hs100000": "hackysack %s players, %s" % (format(size["n"], ","), UNIT[w])}[w]
                n = size["n"] if "m" not in size else size["m"]
                cpu = m(w, peer, "cpu_ns_per_op")
                print("| %s | %s | %s | %s | %s | %s | %s | `%s` |" % (
                    label, LABEL[peer], format(n, ","), fmt(m(w, peer, "ns_per_op")), fmt(cpu),
                    "–" if peer == "stk" else ratio(stk_cpu, cpu), mib(m(w, peer, "peak_rss", 1)), cmd_of[(w, peer)]))

    if "blocked" in workloads:
        w = "blocked"
        stk_b = m(w, "stk", "bytes_per_blocked", 1)
        print()
        print("| memory: tasklets blocked in receive() | N | bytes per blocked tasklet | RSS with N blocked (MiB)"
              " | peak RSS until then (MiB) | create+block ns (CPU) | stk/peer (bytes) | command |")
        print("|---|---:|---:|---:|---:|---:|---:|---|")
        for peer in peers:
            b = m(w, peer, "bytes_per_blocked", 1)
            print("| %s | %s | %s | %s | %s | %s | %s | `%s` |" % (
                LABEL[peer], format(n_of[(w, peer)]["n"], ","), fmt(b, "%.0f"), mib(m(w, peer, "blocked_rss", 1)),
                mib(m(w, peer, "blocked_hwm", 1)), fmt(m(w, peer, "block_cpu_ns")),
                "–" if peer == "stk" else ratio(stk_b, b), cmd_of[(w, peer)]))

    # ------------------------------------------------------------ bars
    if "stk" in peers:
        print()
        print("Bars (issue 4):")
        if "pingpong" in workloads:
            s = m("pingpong", "stk", "cpu_ns_per_op")
            for peer, limit, word in (("pypy", 1.0, "faster than"), ("greenlet", 1.0, "faster than"),
                                      ("go", 1.5, "within 1.5x of")):
                p = m("pingpong", peer, "cpu_ns_per_op")
                if s is None or p is None:
                    print("- handoff %s %s: not measured" % (word, LABEL[peer]))
                    continue
                ok = s < p if limit == 1.0 else s <= limit * p
                print("- handoff %s %s: stk %.1f ns vs %.1f ns (x%.2f): %s"
                      % (word, LABEL[peer], s, p, s / p, "met" if ok else "NOT met"))
        if "blocked" in workloads:
            b = m("blocked", "stk", "bytes_per_blocked", 1)
            if b is not None:
                print("- <= 1 KiB per blocked tasklet: %.0f bytes: %s" % (b, "met" if b <= 1024 else "NOT met"))
            hwm = m("blocked", "stk", "blocked_hwm", 1)
            n = n_of[("blocked", "stk")]["n"]
            if hwm is not None and n >= 1000000:
                print("- %s blocked tasklets in under 2 GiB: peak RSS %.2f GiB: %s"
                      % (format(n, ","), hwm / 2**30, "met" if hwm < 2**31 else "NOT met"))
            elif hwm is not None:
                print("- 1,000,000 blocked tasklets in under 2 GiB: not measured (N=%s in this run)" % format(n, ","))

    if errors:
        print()
        print("Errors (these runs are left out of the medians):")
        for e in errors:
            print("- " + e)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
