#!/usr/bin/env bash
# Builds, packages and tests the stk VS Code extension (dap/vscode/) headlessly:
# clean install from package-lock.json, tsc -> out/, vsce -> stk-debug-<version>.vsix,
# then the node --test checks of the manifest and the compiled extension (a stub `vscode`).
# Needs Node >= 20 and the npm registry; no VS Code download.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
npm run compile
npm run package
# The last line sums up as "N passed, N failed" for scripts/test.sh.
log=$(mktemp)
rc=0
node --test test/ 2>&1 | tee "$log" || rc=$?
pass=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$log" | tail -n 1)
fail=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$log" | tail -n 1)
rm -f "$log"
echo "${pass:-0} passed, ${fail:-1} failed"
exit "$rc"
