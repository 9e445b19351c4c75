"""Parse and format the trailing expectation block of stk program tests.

Shared by regen_expected.py (which writes blocks from the oracle) and
run_programs.py (which checks stk against them), so the two can never disagree
about the format. The format is defined in STYLE.md section 6:

    # ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
    # exit: 1                      only when non-zero
    # | a line of stdout           one per line; an empty line is "# |"
    # stdout-json: "..."           instead of "# |" lines, see needs_json()
    # stderr-last: ZeroDivisionError: division by zero    only when stderr has text

Hand-written header comments above the code (only the leading run of comment
and blank lines is scanned):

    # args: a b "c d"      argv after the file name (shell-like quoting)
    # stdin: 3\\n4\\n        stdin text; \\n \\t \\r \\\\ escapes; several lines concatenate
    # timeout: 20          seconds
    # skip: reason         run_programs.py skips the program (the oracle still runs it)

Unsupported-construct tests (tests/unsupported/) instead start with
    # stk-error: <the single line stk prints on stderr>
    # exit: N              optional, default 1
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import signal
import subprocess
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

MARKER_PREFIX = "# ---- expected:"
MARKER = "# ---- expected: written by tests/tools/regen_expected.py from {oracle}; do not edit ----"
DEFAULT_TIMEOUT = 10.0

# Characters that cannot sit safely inside a "# | " comment line: they would be
# lost by editors or split the line under str.splitlines() (\v \f \x1c-\x1e
# \x85 \u2028 \u2029), or they are control characters a reviewer cannot see.
_UNSAFE_LINE_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029]")


class FormatError(Exception):
    """A test file whose header or expectation block cannot be read."""


@dataclass
class Header:
    args: List[str] = field(default_factory=list)
    stdin: bytes = b""
    timeout: Optional[float] = None
    skip: Optional[str] = None
    stk_error: Optional[str] = None  # unsupported tests only
    exit: Optional[int] = None  # unsupported tests only (the "# exit:" header)


@dataclass
class Result:
    """What a run produced, reduced to what the suite compares."""

    exit: int
    stdout: bytes
    stderr_last: Optional[str]

    def same_as(self, other: "Result") -> bool:
        return (self.exit, self.stdout, self.stderr_last) == (
            other.exit, other.stdout, other.stderr_last)


# ---------------------------------------------------------------- headers


def _unescape(text: str) -> str:
    table = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    return re.sub(r"\\(.)", lambda m: table.get(m.group(1), m.group(0)), text)


def parse_header(source: str) -> Header:
    """Read the hand-written header comments at the top of a test file."""
    header = Header()
    stdin_parts: List[str] = []
    for number, line in enumerate(source.split("\n"), start=1):
        stripped = line.strip()
        if stripped.startswith(MARKER_PREFIX):
            break
        if stripped and not stripped.startswith("#"):
            break
        m = re.match(r"#\s*(args|stdin|timeout|skip|stk-error|exit):(.*)$", stripped)
        if not m:
            continue
        key, value = m.group(1), m.group(2)
        try:
            if key == "args":
                header.args = shlex.split(value)
            elif key == "stdin":
                stdin_parts.append(_unescape(value[1:] if value.startswith(" ") else value))
            elif key == "timeout":
                header.timeout = float(value)
            elif key == "skip":
                header.skip = value.strip() or "no reason given"
            elif key == "stk-error":
                header.stk_error = value.strip()
            elif key == "exit":
                header.exit = int(value)
        except ValueError as e:
            raise FormatError(f"line {number}: bad '# {key}:' header: {e}") from None
    header.stdin = "".join(stdin_parts).encode("utf-8")
    return header


# ---------------------------------------------------------------- blocks


def split_block(source: str):
    """Return (code, block_lines or None). The block is the last marker line to EOF."""
    lines = source.split("\n")
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].startswith(MARKER_PREFIX):
            code = "\n".join(lines[:i])
            return code, [l for l in lines[i:] if l != ""]
    return source, None


def needs_json(stdout: bytes) -> bool:
    """True when stdout cannot be written as "# |" lines losslessly."""
    if not stdout:
        return False
    if not stdout.endswith(b"\n"):
        return True
    try:
        text = stdout.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return bool(_UNSAFE_LINE_CHARS.search(text))


def format_block(result: Result, oracle: str) -> str:
    """Render a result as the expectation block text (ends with a newline)."""
    out = [MARKER.format(oracle=oracle)]
    if result.exit != 0:
        out.append(f"# exit: {result.exit}")
    if needs_json(result.stdout):
        text = result.stdout.decode("utf-8", "surrogateescape")
        has_surrogates = any("\udc80" <= c <= "\udcff" for c in text)
        out.append("# stdout-json: " + json.dumps(text, ensure_ascii=has_surrogates))
    elif result.stdout:
        for line in result.stdout.decode("utf-8").split("\n")[:-1]:
            out.append("# | " + line if line else "# |")
    if result.stderr_last is not None:
        if _UNSAFE_LINE_CHARS.search(result.stderr_last):
            raise FormatError("last stderr line contains control characters: "
                              + repr(result.stderr_last))
        out.append("# stderr-last: " + result.stderr_last)
    return "\n".join(out) + "\n"


def parse_block(block_lines: Sequence[str]) -> Result:
    """Inverse of format_block (the marker line is block_lines[0])."""
    exit_code = 0
    stdout_lines: List[str] = []
    stdout_json: Optional[str] = None
    stderr_last: Optional[str] = None
    for line in block_lines[1:]:
        if line == "# |":
            stdout_lines.append("")
        elif line.startswith("# | "):
            stdout_lines.append(line[4:])
        elif line.startswith("# exit: "):
            try:
                exit_code = int(line[8:])
            except ValueError:
                raise FormatError(f"bad exit line in expectation block: {line!r}") from None
        elif line.startswith("# stdout-json: "):
            try:
                stdout_json = json.loads(line[15:])
            except ValueError as e:
                raise FormatError(f"bad stdout-json line: {e}") from None
        elif line.startswith("# stderr-last: "):
            stderr_last = line[15:]
        else:
            raise FormatError(f"unexpected line in expectation block: {line!r}")
    if stdout_json is not None:
        if stdout_lines:
            raise FormatError("expectation block has both '# |' and stdout-json lines")
        stdout = stdout_json.encode("utf-8", "surrogateescape")
    else:
        stdout = "".join(l + "\n" for l in stdout_lines).encode("utf-8")
    return Result(exit_code, stdout, stderr_last)


def replace_block(source: str, block: str) -> str:
    """The file text with its block (if any) replaced by `block`."""
    code, _ = split_block(source)
    return code.rstrip("\n") + "\n" + block


# ---------------------------------------------------------------- running


def last_nonempty_line(stderr: bytes) -> Optional[str]:
    text = stderr.decode("utf-8", "replace")
    for line in reversed(text.split("\n")):
        if line.strip():
            return line.rstrip()
    return None


def signal_name(returncode: int) -> str:
    try:
        return signal.Signals(-returncode).name
    except ValueError:
        return f"signal {-returncode}"


def test_env(extra: Optional[Dict[str, str]] = None) -> Dict[str, str]:
    """The environment every program runs in: no stray PYTHON* settings, fixed hash seed."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    if extra:
        env.update(extra)
    return env


@dataclass
class RunOutput:
    returncode: Optional[int]  # None on timeout
    stdout: bytes
    stderr: bytes

    @property
    def timed_out(self) -> bool:
        return self.returncode is None


def run(argv: Sequence[str], cwd: str, stdin: bytes, timeout: float,
        env: Dict[str, str]) -> RunOutput:
    """Run argv in its own process group; on timeout kill the whole group."""
    proc = subprocess.Popen(list(argv), cwd=cwd, env=env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        out, err = proc.communicate(stdin, timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = proc.communicate()
        return RunOutput(None, out, err)
    return RunOutput(proc.returncode, out, err)


def uses_stackless(code: str) -> bool:
    return re.search(r"^\s*(import\s+stackless\b|from\s+stackless\s+import\b)", code,
                     re.MULTILINE) is not None


def find_oracle(name: str) -> str:
    """Executable for oracle `name` ("python3" prefers /usr/bin/python3)."""
    candidates = [f"/usr/bin/{name}", shutil.which(name)]
    for c in candidates:
        if c and os.access(c, os.X_OK):
            return c
    raise FileNotFoundError(f"oracle '{name}' not found (looked for /usr/bin/{name} and PATH)")


def collect(paths: Sequence[str], default_dirs: Sequence[str]) -> List[str]:
    """Absolute .py files under the given files/folders (sorted, unique)."""
    found = set()
    for p in (paths or default_dirs):
        p = os.path.abspath(p)
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = [d for d in dirs if not d.startswith((".", "__"))]
                found.update(os.path.join(root, f) for f in files if f.endswith(".py"))
        elif os.path.isfile(p):
            found.add(p)
        else:
            raise FileNotFoundError(f"no such file or folder: {p}")
    return sorted(found)
