#!/usr/bin/env bash
# Builds, packages and tests the stk VS Code extension (dap/vscode/) headlessly:
# clean install from package-lock.json, tsc -> out/, vsce -> stk-debug-<version>.vsix,
# then the node --test checks of the manifest and the compiled extension (a stub `vscode`).
# Needs Node >= 20 and the npm registry; no VS Code download.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
npm run compile
npm run package
node --test test/
