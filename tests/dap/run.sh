#!/bin/sh
# End-to-end tests of stk-dap with a real DAP client (node --test and
# @vscode/debugadapter-testsupport). Usage: tests/dap/run.sh [BUILD_DIR]
# (default build/; or set STK_DAP to the binary). Installs the pinned client
# with `npm ci` when node_modules is missing.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=${1:-"$repo/build"}
case "$build" in /*) ;; *) build="$repo/$build" ;; esac
: "${STK_DAP:=$build/bin/stk-dap}"
: "${STK:=$(dirname "$STK_DAP")/stk}"
export STK_DAP STK
if [ ! -x "$STK_DAP" ]; then
  echo "tests/dap: $STK_DAP not found; build it first (cmake --build $build --target stk-dap)" >&2
  exit 1
fi
cd "$here"
if [ ! -d node_modules/@vscode/debugadapter-testsupport ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
# One test file at a time: the machines have 2 cores and the tests time things.
# The last line sums up as "N passed, N failed" for scripts/test.sh.
log=$(mktemp)
rc=0
node --test --test-concurrency=1 --test-timeout=60000 ./*.test.mjs 2>&1 | tee "$log" || rc=$?
pass=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$log" | tail -n 1)
fail=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$log" | tail -n 1)
rm -f "$log"
echo "${pass:-0} passed, ${fail:-1} failed"
exit "$rc"
