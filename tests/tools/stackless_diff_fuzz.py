#!/usr/bin/env python3
"""Differential fuzzing of the scheduler: random stackless programs (tasklets,
channels with random preference/schedule_all, schedule()) run under stk and
under pypy3; any difference in output is printed with the program.

Why: the ordering rules (ring, preference matrix, watchdog) have many
combinations; PyPy and real Stackless agree on all of those used here
(stackless-semantics.md section 8 lists where they do not), so pypy3 is a
trustworthy oracle for them. Not part of CI (pypy3 start-up makes it slow);
run it after touching scheduler/ or channel/.

Usage: tests/tools/stackless_diff_fuzz.py [--stk build/bin/stk] [--count 200] [--seed 1]
Ends with "N passed, N failed".
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

def gen(seed):
    r = random.Random(seed)
    nch = r.randint(1, 3)
    ntask = r.randint(2, 5)
    lines = ["import stackless", "chans = [stackless.channel() for i in range(%d)]" % nch]
    for c in range(nch):
        p = r.choice([-1, -1, 0, 1])
        if p != -1:
            lines.append("chans[%d].preference = %d" % (c, p))
        if r.random() < 0.2:
            lines.append("chans[%d].schedule_all = True" % c)
    # balanced plan: generate sends and receives in pairs to avoid deadlock-dependence
    ops = {t: [] for t in range(ntask)}
    for k in range(r.randint(2, 10)):
        c = r.randrange(nch)
        s, rv = r.randrange(ntask), r.randrange(ntask)
        if s == rv: continue
        ops[s].append(("send", c, k))
        ops[rv].append(("recv", c, k))
    for t in range(ntask):
        for _ in range(r.randint(0, 2)):
            ops[t].insert(r.randint(0, len(ops[t])), ("sched",))
    for t in range(ntask):
        lines.append("def t%d():" % t)
        lines.append("    print('t%d start', stackless.getruncount())" % t)
        for op in ops[t]:
            if op[0] == "send":
                lines.append("    chans[%d].send(%d); print('t%d sent %d')" % (op[1], op[2], t, op[2]))
            elif op[0] == "recv":
                lines.append("    print('t%d got', chans[%d].receive())" % (t, op[1]))
            else:
                lines.append("    stackless.schedule(); print('t%d back')" % t)
        lines.append("    print('t%d end')" % t)
    for t in range(ntask):
        lines.append("stackless.tasklet(t%d)()" % t)
    lines.append("stackless.run()")
    lines.append("print('balances', [c.balance for c in chans], stackless.getruncount())")
    return "\n".join(lines) + "\n"


def run(argv, path):
    try:
        p = subprocess.run(argv + [path], capture_output=True, timeout=20)
    except subprocess.TimeoutExpired:
        return "<timeout>"
    return p.stdout.decode("utf-8", "replace") + "exit %d" % p.returncode


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stk", default=os.path.join(os.path.dirname(__file__), "..", "..", "build", "bin", "stk"))
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="stk-sfz-") as tmp:
        path = os.path.join(tmp, "p.py")
        for seed in range(args.seed, args.seed + args.count):
            with open(path, "w") as f:
                f.write(gen(seed))
            want, got = run(["pypy3"], path), run([args.stk], path)
            if want == got:
                passed += 1
                continue
            failed += 1
            print("DIFF seed %d\n--- program\n%s--- pypy3\n%s\n--- stk\n%s" % (seed, gen(seed), want, got))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
