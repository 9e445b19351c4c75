#!/usr/bin/env python3
"""End-to-end tests of the `stk` command: options, argv, exit codes, error lines.

Each test runs the real binary in a subprocess on fixtures written to a temp dir
and checks stdout, stderr and the exit status. Every test also checks that the
process was not killed by a signal. Ends with the line `N passed, N failed`.

Usage: tests/cli/run_cli_tests.py [--stk build/bin/stk] [-k SUBSTRING] [-v]
"""
import argparse
import os
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_S = 30

TESTS = []


def test(fn):
    TESTS.append(fn)
    return fn


class Failure(Exception):
    pass


class Result:
    def __init__(self, args, proc):
        self.args = args
        self.rc = proc.returncode
        self.out = proc.stdout.decode("utf-8", "replace")
        self.err = proc.stderr.decode("utf-8", "replace")

    @property
    def err_lines(self):
        return self.err.splitlines()

    def describe(self):
        return (f"command: {self.args}\nexit: {self.rc}\n"
                f"--- stdout ---\n{self.out}--- stderr ---\n{self.err}")


class Ctx:
    def __init__(self, stk, tmp):
        self.stk = stk
        self.tmp = Path(tmp)

    def write(self, name, text):
        path = self.tmp / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def run(self, *args, stdin=b""):
        argv = [self.stk, *[str(a) for a in args]]
        try:
            proc = subprocess.run(argv, input=stdin, capture_output=True,
                                  timeout=TIMEOUT_S, cwd=self.tmp)
        except subprocess.TimeoutExpired:
            raise Failure(f"timed out after {TIMEOUT_S}s: {argv}")
        res = Result(argv, proc)
        if res.rc < 0:
            raise Failure(f"killed by signal {-res.rc}\n{res.describe()}")
        return res


def expect(cond, what, res=None):
    if not cond:
        raise Failure(what + ("\n" + res.describe() if res is not None else ""))


def expect_exit(res, code):
    expect(res.rc == code, f"expected exit status {code}, got {res.rc}", res)


# ---------------------------------------------------------------- the tests

@test
def version_prints_name_and_version(c):
    r = c.run("--version")
    expect_exit(r, 0)
    expect(r.out == "stk 0.1.0\n", f"expected stdout 'stk 0.1.0\\n', got {r.out!r}", r)


@test
def dash_c_runs_a_string(c):
    r = c.run("-c", "print(1+2)")
    expect_exit(r, 0)
    expect(r.out == "3\n", f"expected stdout '3\\n', got {r.out!r}", r)


ARGV_PROG = "import sys\nprint(len(sys.argv))\nfor a in sys.argv:\n    print(a)\n"


@test
def run_subcommand_passes_argv(c):
    c.write("f.py", ARGV_PROG)
    r = c.run("run", "f.py", "a", "b")
    expect_exit(r, 0)
    expect(r.out == "3\nf.py\na\nb\n", f"unexpected stdout {r.out!r}", r)


@test
def bare_file_passes_argv(c):
    c.write("f.py", ARGV_PROG)
    r = c.run("f.py", "a", "b")
    expect_exit(r, 0)
    expect(r.out == "3\nf.py\na\nb\n", f"unexpected stdout {r.out!r}", r)


@test
def argv0_is_the_path_as_given(c):
    c.write("sub/g.py", ARGV_PROG)
    r = c.run("./sub/g.py", "x")
    expect_exit(r, 0)
    expect(r.out == "2\n./sub/g.py\nx\n", f"unexpected stdout {r.out!r}", r)


@test
def program_options_are_not_taken_by_stk(c):
    c.write("f.py", ARGV_PROG)
    r = c.run("f.py", "--version", "-c")
    expect_exit(r, 0)
    expect(r.out == "3\nf.py\n--version\n-c\n", f"unexpected stdout {r.out!r}", r)


@test
def missing_file_is_one_line_and_exit_2(c):
    r = c.run("nope.py")
    expect_exit(r, 2)
    want = "stk: can't open file 'nope.py': [Errno 2] No such file or directory"
    expect(r.err_lines == [want], f"expected exactly one stderr line {want!r}", r)
    expect(r.out == "", "expected no stdout", r)


@test
def directory_is_one_line_and_exit_2(c):
    (c.tmp / "adir").mkdir()
    r = c.run(str(c.tmp / "adir"))
    expect_exit(r, 2)
    expect(len(r.err_lines) == 1 and "Is a directory" in r.err, "expected one 'Is a directory' line", r)


@test
def undecodable_source_is_one_syntax_error_line(c):
    path = c.tmp / "bin.py"
    path.write_bytes(b"print(1)\n\xff\xfe\n")
    r = c.run(str(path))
    expect_exit(r, 1)
    expect(len(r.err_lines) == 1 and r.err.startswith("SyntaxError: "), "expected one SyntaxError line", r)
    expect(r.out == "", "expected no stdout: nothing runs when the file does not compile", r)


@test
def uncaught_exception_prints_traceback_and_exits_1(c):
    c.write("boom.py", "def f(x):\n    return x / 0\n\nprint('before')\nf(1)\nprint('after')\n")
    r = c.run("boom.py")
    expect_exit(r, 1)
    expect(r.out == "before\n", f"unexpected stdout {r.out!r}", r)
    lines = r.err_lines
    expect(len(lines) >= 2, "expected a traceback on stderr", r)
    expect(lines[0] == "Traceback (most recent call last):",
           "first stderr line should be 'Traceback (most recent call last):'", r)
    expect(lines[-1] == "ZeroDivisionError: division by zero",
           "last stderr line should be 'ZeroDivisionError: division by zero'", r)


@test
def sys_exit_sets_status(c):
    c.write("ex.py", "import sys\nprint('bye')\nsys.exit(3)\nprint('not here')\n")
    r = c.run("ex.py")
    expect_exit(r, 3)
    expect(r.out == "bye\n", f"unexpected stdout {r.out!r}", r)
    expect(r.err == "", "expected no stderr", r)


@test
def sys_exit_zero_and_none(c):
    c.write("z.py", "import sys\nsys.exit(0)\n")
    c.write("n.py", "import sys\nsys.exit()\n")
    expect_exit(c.run("z.py"), 0)
    expect_exit(c.run("n.py"), 0)


@test
def syntax_error_is_one_line_and_exit_1(c):
    c.write("bad.py", "print('ok')\nx = = 1\n")
    r = c.run("bad.py")
    expect_exit(r, 1)
    expect(r.out == "", "a program that does not compile must print nothing", r)
    lines = r.err_lines
    expect(len(lines) == 1 and lines[0].startswith("SyntaxError: "),
           "expected exactly one stderr line starting with 'SyntaxError: '", r)


@test
def syntax_error_in_dash_c(c):
    r = c.run("-c", "1 +")
    expect_exit(r, 1)
    lines = r.err_lines
    expect(len(lines) == 1 and lines[0].startswith("SyntaxError: "),
           "expected exactly one stderr line starting with 'SyntaxError: '", r)


@test
def unknown_option_is_usage_error(c):
    r = c.run("--definitely-not-an-option")
    expect_exit(r, 2)
    expect(len(r.err_lines) == 1, "expected exactly one stderr line", r)
    expect(r.out == "", "expected no stdout", r)


@test
def empty_program_exits_0(c):
    c.write("empty.py", "")
    r = c.run("empty.py")
    expect_exit(r, 0)
    expect(r.out == "" and r.err == "", "expected no output", r)


@test
def stdout_is_flushed_before_an_error(c):
    c.write("late.py", "for i in range(3):\n    print(i, end=' ')\nprint()\nraise ValueError('late')\n")
    r = c.run("late.py")
    expect_exit(r, 1)
    expect(r.out == "0 1 2 \n", f"unexpected stdout {r.out!r}", r)
    expect(r.err_lines[-1:] == ["ValueError: late"], "last stderr line should be 'ValueError: late'", r)


@test
def samples_match_the_oracle(c):
    # python3, or pypy3 for the tasklet samples (the oracle of regen_expected.py).
    for sample in sorted((ROOT / "samples").glob("*.py")):
        oracle = "pypy3" if "import stackless" in sample.read_text(encoding="utf-8") else sys.executable
        want = subprocess.run([oracle, str(sample)], capture_output=True, timeout=TIMEOUT_S)
        r = c.run(sample)
        expect(r.rc == want.returncode and r.out == want.stdout.decode("utf-8", "replace"),
               f"{sample.name}: stk differs from {oracle} ({oracle} exit {want.returncode})", r)


# ---------------------------------------------------------------- stackless
# What the oracle cannot show: stk's own refusals and its run options.

NATIVE_CALLBACK_MESSAGE = "RuntimeError: cannot switch tasklets inside a native callback"

# Each program switches tasklets inside a function that a C++ builtin calls
# back (stackless-semantics: refused with a RuntimeError naming the reason).
NATIVE_CALLBACK_PROGRAMS = {
    "sorted_key": "sorted([3, 1, 2], key=key)",
    "map": "list(map(key, [1, 2]))",
    "len": "len(Sized())",
    "list_of_generator": "list(gen())",
    "list_contains_eq": "Eq() in [1, 2]",
}

NATIVE_CALLBACK_PRELUDE = """import stackless
def key(x):
    stackless.schedule()
    return x
class Sized:
    def __len__(self):
        stackless.schedule()
        return 1
class Eq:
    def __eq__(self, other):
        stackless.schedule()
        return False
def gen():
    stackless.schedule()
    yield 1
def worker():
    try:
        {expr}
    except RuntimeError as e:
        print("refused:", e)
    print("worker continues")
stackless.tasklet(worker)()
stackless.tasklet(lambda: print("other runs"))()
stackless.run()
print("done")
"""


@test
def switch_inside_native_callbacks_is_refused_with_a_reason(c):
    for name, expr in NATIVE_CALLBACK_PROGRAMS.items():
        c.write(name + ".py", NATIVE_CALLBACK_PRELUDE.replace("{expr}", expr))
        r = c.run(name + ".py")
        expect_exit(r, 0)
        lines = r.out.splitlines()
        expect(len(lines) == 4, f"{name}: expected 4 lines of output", r)
        expect(lines[0].startswith("refused: cannot switch tasklets inside a native callback"),
               f"{name}: expected the refusal first", r)
        expect(lines[1:] == ["worker continues", "other runs", "done"], f"{name}: unexpected order", r)


@test
def uncaught_native_callback_switch_is_a_traceback(c):
    c.write("p.py", "import stackless\ndef k(x):\n    stackless.schedule()\n    return x\n"
                    "sorted([2, 1], key=k)\n")
    r = c.run("p.py")
    expect_exit(r, 1)
    expect(r.err_lines and r.err_lines[-1].startswith(NATIVE_CALLBACK_MESSAGE), "expected the RuntimeError", r)


PREEMPT_PROG = """import stackless
def spin(name):
    for i in range(3):
        n = 0
        for j in range(3000):
            n += j
        print(name, i)
stackless.tasklet(spin)("A")
stackless.tasklet(spin)("B")
stackless.run()
"""


@test
def preempt_interleaves_tasklets_that_never_yield(c):
    c.write("p.py", PREEMPT_PROG)
    plain = c.run("p.py")
    expect_exit(plain, 0)
    expect(plain.out.split("\n")[:3] == ["A 0", "A 1", "A 2"], "without preemption A runs to the end", plain)
    r = c.run("run", "--preempt", "500", "p.py")
    expect_exit(r, 0)
    lines = r.out.splitlines()
    expect(sorted(lines) == sorted(plain.out.splitlines()), "the same lines are printed", r)
    expect(lines.index("B 0") < lines.index("A 2"), "B starts before A ends", r)


@test
def preempt_needs_a_positive_tick_count(c):
    c.write("p.py", "print(1)\n")
    r = c.run("run", "--preempt", "0", "p.py")
    expect_exit(r, 2)
    expect(r.err_lines == ["stk: --preempt: TICKS must be a positive number (try 'stk -h')"], "one error line", r)


@test
def atomic_tasklets_are_not_preempted(c):
    c.write("p.py", PREEMPT_PROG.replace("def spin(name):\n",
                                         "def spin(name):\n    stackless.getcurrent().set_atomic(True)\n"))
    r = c.run("run", "--preempt", "200", "p.py")
    expect_exit(r, 0)
    expect(r.out.splitlines()[:3] == ["A 0", "A 1", "A 2"], "an atomic tasklet runs to the end", r)


@test
def warn_blocked_lists_tasklets_left_blocked(c):
    c.write("p.py", "import stackless\nch = stackless.channel()\ndef waiter():\n    ch.receive()\n"
                    "t = stackless.tasklet(waiter)()\nt.name = 'w1'\nstackless.run()\nprint('end')\n")
    quiet = c.run("p.py")
    expect_exit(quiet, 0)
    expect(quiet.out == "end\n" and quiet.err == "", "dropped silently by default", quiet)
    r = c.run("run", "--warn-blocked", "p.py")
    expect_exit(r, 0)
    expect(r.err_lines == ["stk: tasklet 'w1' (#1) still blocked receiving on channel #1 at p.py:4"],
           "one line naming the tasklet, channel and line", r)


@test
def deadlock_in_main_is_one_traceback_naming_it(c):
    c.write("p.py", "import stackless\nstackless.channel().receive()\n")
    r = c.run("p.py")
    expect_exit(r, 1)
    expect(r.err_lines[-1] == "RuntimeError: Deadlock: the last runnable tasklet cannot be blocked.",
           "the Stackless deadlock message", r)


# ---------------------------------------------------------------- runner

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stk", default=str(ROOT / "build" / "bin" / "stk"),
                    help="the stk binary (default: build/bin/stk)")
    ap.add_argument("-k", default="", help="run only tests whose name contains this")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()

    stk = str(Path(args.stk).resolve())
    if not os.access(stk, os.X_OK):
        print(f"run_cli_tests.py: error: {args.stk}: not an executable; build first (scripts/setup.sh)",
              file=sys.stderr)
        print("0 passed, 1 failed")
        return 1

    passed = failed = 0
    for fn in TESTS:
        if args.k not in fn.__name__:
            continue
        with tempfile.TemporaryDirectory(prefix="stk-cli-") as tmp:
            try:
                fn(Ctx(stk, tmp))
            except Failure as e:
                failed += 1
                print(f"FAIL {fn.__name__}\n  " + str(e).replace("\n", "\n  "))
                continue
            except Exception:
                failed += 1
                print(f"ERROR {fn.__name__}\n  " + traceback.format_exc().replace("\n", "\n  "))
                continue
        passed += 1
        if args.verbose:
            print(f"ok   {fn.__name__}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
