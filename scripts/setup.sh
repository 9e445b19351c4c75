#!/usr/bin/env bash
# Install what stk needs (Debian 12 packages, only those missing), then configure
# and build a Release tree in build/. Safe to run again: it installs nothing new
# and rebuilds only what changed. CI=true (set by .ci/run) turns on -Werror.
# Usage: scripts/setup.sh [--no-install] [--no-build]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

do_install=1
do_build=1
for arg in "$@"; do
  case "$arg" in
    --no-install) do_install=0 ;;
    --no-build) do_build=0 ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "setup.sh: unknown option '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

packages=(
  build-essential cmake ninja-build ccache pkg-config   # toolchain
  libgmp-dev libmimalloc-dev catch2 libcxxopts-dev nlohmann-json3-dev   # libraries
  pypy3                                                  # oracle for stackless programs
  clang libclang-rt-14-dev                               # libFuzzer builds
  hyperfine python3-greenlet golang-go                   # benchmarks and their peers
  qt6-base-dev libimgui-dev libglfw3-dev xvfb xauth      # stk-view, ImGui inspector, GUI tests (xvfb-run needs xauth)
)

is_installed() {
  [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]
}

sudo_cmd=()
if [[ "$(id -u)" -ne 0 ]]; then
  sudo_cmd=(sudo)
fi

if [[ "$do_install" -eq 1 ]]; then
  missing=()
  for p in "${packages[@]}"; do
    is_installed "$p" || missing+=("$p")
  done
  # Node.js for the DAP tests and the VS Code extension. A Node.js that bundles
  # npm may already be installed from elsewhere; Debian's npm would conflict with it.
  if ! command -v node >/dev/null 2>&1; then
    is_installed nodejs || missing+=(nodejs)
    is_installed npm || missing+=(npm)
  fi
  if [[ "${#missing[@]}" -gt 0 ]]; then
    echo "setup.sh: installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update -q
    "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
  else
    echo "setup.sh: all packages present"
  fi
fi

if [[ "$do_build" -eq 1 ]]; then
  build_dir="$root/build"
  werror=OFF
  if [[ -n "${CI:-}" && "${CI}" != "false" ]]; then
    werror=ON
  fi
  if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
    nice cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSTK_WERROR="$werror"
  elif [[ "$werror" == ON ]]; then
    # An existing tree (CI on a reused checkout) still gets CI's -Werror.
    nice cmake -S "$root" -B "$build_dir" -DSTK_WERROR=ON >/dev/null
  fi
  nice cmake --build "$build_dir" -j2
  echo
  echo "setup.sh: built into $build_dir/bin:"
  for exe in "$build_dir"/bin/*; do
    [[ -f "$exe" && -x "$exe" ]] && echo "  $exe"
  done
  echo "Try: build/bin/stk samples/pingpong.py   Trace: build/bin/stk-trace record -- samples/pingpong.py    Test: scripts/test.sh"
fi
