#!/usr/bin/env bash
# The project's test command (README, .ci/run). Builds incrementally, runs every
# suite with its output shown, and ends with ONE line "N passed, N failed" that
# sums the suites' counts (a suite that fails without a count counts as 1 failed).
# Exit status is non-zero if anything failed.
#
#   scripts/test.sh               build/: unit tests, program suite, expectations
#                                 check, CLI, trace and DAP tests, the VS Code extension's
#                                 build and checks, include layering
#   scripts/test.sh --asan        build-asan/ (ASan+UBSan, Debug -O1): unit tests, programs, DAP suite
#   scripts/test.sh --gc-stress   program suite with STK_GC_STRESS=1 (combines with --asan)
#   scripts/test.sh --switch      build-switch/ (STK_USE_JUMPTABLE=OFF): unit tests + programs
#   scripts/test.sh --tsan        build-tsan/ (ThreadSanitizer): the threaded parts — the
#                                 debugger, DAP and trace recorder unit tests and the DAP
#                                 end-to-end suite
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

mode_asan=0
mode_gc=0
mode_switch=0
mode_tsan=0
for arg in "$@"; do
  case "$arg" in
    --tsan) mode_tsan=1 ;;
    --asan) mode_asan=1 ;;
    --gc-stress) mode_gc=1 ;;
    --switch) mode_switch=1 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "test.sh: unknown option '$arg' (try --help)" >&2; exit 2 ;;
  esac
done
if [[ "$mode_asan" -eq 1 && "$mode_switch" -eq 1 ]]; then
  echo "test.sh: --asan and --switch use different build trees; run them one at a time" >&2
  exit 2
fi

werror=OFF
if [[ -n "${CI:-}" && "${CI}" != "false" ]]; then
  werror=ON
fi

build_dir="$root/build"
configure_args=(-DCMAKE_BUILD_TYPE=Release)
if [[ "$mode_asan" -eq 1 ]]; then
  build_dir="$root/build-asan"
  configure_args=(-DCMAKE_BUILD_TYPE=Debug "-DSTK_SANITIZE=address,undefined")
  export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:check_initialization_order=1}"
  export STK_SANITIZED=1  # speed bars in tests are for real builds only
  export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
elif [[ "$mode_tsan" -eq 1 ]]; then
  build_dir="$root/build-tsan"
  configure_args=(-DCMAKE_BUILD_TYPE=Debug "-DSTK_SANITIZE=thread")
  export TSAN_OPTIONS="${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1}"
  export STK_SANITIZED=1  # tests/dap skips its speed bars
elif [[ "$mode_switch" -eq 1 ]]; then
  build_dir="$root/build-switch"
  configure_args=(-DCMAKE_BUILD_TYPE=Release -DSTK_USE_JUMPTABLE=OFF)
fi
stk_bin="$build_dir/bin/stk"
results_dir="$build_dir/test-results"
python="${PYTHON:-python3}"

total_passed=0
total_failed=0
summary=()

header() {
  echo
  echo "==== $* ===="
}

# Records a suite's result: record NAME PASSED FAILED
record() {
  total_passed=$((total_passed + $2))
  total_failed=$((total_failed + $3))
  summary+=("$(printf '%-28s %5d passed, %d failed' "$1" "$2" "$3")")
}

# run_suite NAME KIND CMD...   KIND: ctest (parse ctest's summary), regen
# (regen_expected.py's "N checked, N stale, N errors") or runner (the last
# "N passed, N failed" line). Output is shown as it comes.
run_suite() {
  local name="$1" kind="$2"
  shift 2
  header "$name"
  echo "\$ $*"
  local log="$results_dir/${name// /_}.log"
  local rc=0
  "$@" 2>&1 | tee "$log" || rc=$?
  # With pipefail, rc is the command's status unless tee itself failed.
  local passed="" failed="" line
  if [[ "$kind" == ctest ]]; then
    line="$(grep -E '[0-9]+ tests failed out of [0-9]+' "$log" | tail -n 1 || true)"
    if [[ "$line" =~ ([0-9]+)\ tests\ failed\ out\ of\ ([0-9]+) ]]; then
      failed="${BASH_REMATCH[1]}"
      passed=$((BASH_REMATCH[2] - BASH_REMATCH[1]))
    elif grep -q 'No tests were found' "$log"; then
      passed=0 failed=0
    fi
  elif [[ "$kind" == regen ]]; then
    # regen_expected.py --check: "N checked, N stale, N errors"
    line="$(grep -E '^[0-9]+ checked, [0-9]+ stale, [0-9]+ errors' "$log" | tail -n 1 || true)"
    if [[ "$line" =~ ([0-9]+)\ checked,\ ([0-9]+)\ stale,\ ([0-9]+)\ errors ]]; then
      failed=$((BASH_REMATCH[2] + BASH_REMATCH[3]))
      passed=$((BASH_REMATCH[1] - failed))
      if [[ "$passed" -lt 0 ]]; then passed=0; fi
    fi
  else
    line="$(grep -E '^([A-Za-z_-]+: *)?[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1 || true)"
    if [[ "$line" =~ ([0-9]+)\ passed,\ ([0-9]+)\ failed ]]; then
      passed="${BASH_REMATCH[1]}"
      failed="${BASH_REMATCH[2]}"
    fi
  fi
  if [[ -z "$passed" ]]; then
    if [[ "$rc" -eq 0 ]]; then passed=1 failed=0; else passed=0 failed=1; fi
    echo "test.sh: $name printed no count (exit $rc); counted as $([[ $rc -eq 0 ]] && echo passed || echo failed)"
  elif [[ "$rc" -ne 0 && "$failed" -eq 0 ]]; then
    failed=1
    echo "test.sh: $name exited $rc although it reported no failures; counted as 1 failed"
  fi
  record "$name" "$passed" "$failed"
}

skip_suite() {
  header "$1"
  echo "skipped: $2"
  summary+=("$(printf '%-28s skipped (%s)' "$1" "$2")")
}

# ---- build (incremental) ----
header "build ($(basename "$build_dir"))"
if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
  nice cmake -S "$root" -B "$build_dir" -G Ninja "${configure_args[@]}" -DSTK_WERROR="$werror"
elif [[ "$werror" == ON ]]; then
  nice cmake -S "$root" -B "$build_dir" -DSTK_WERROR=ON >/dev/null
fi
mkdir -p "$results_dir"
build_rc=0
build_targets=()
if [[ "$mode_tsan" -eq 1 ]]; then
  build_targets=(--target stk stk-trace stk-dap stk_debugger_tests stk_dap_tests stk_trace_tests)
fi
nice cmake --build "$build_dir" -j2 "${build_targets[@]}" || build_rc=$?
if [[ "$build_rc" -ne 0 ]]; then
  echo "test.sh: build failed (exit $build_rc)"
  record build 0 1
  echo
  echo "$total_passed passed, $total_failed failed"
  exit 1
fi
if [[ ! -x "$stk_bin" ]]; then
  echo "test.sh: $stk_bin was not built"
  record build 0 1
  echo
  echo "$total_passed passed, $total_failed failed"
  exit 1
fi

program_args=(--stk "$stk_bin" --jobs 2 --results-dir "$results_dir")
timeout_factor=1
if [[ "$mode_asan" -eq 1 ]]; then
  timeout_factor=$((timeout_factor * 3))
fi
if [[ "$mode_gc" -eq 1 ]]; then
  program_args+=(--env STK_GC_STRESS=1)
  # A collection at every safe point makes big-heap programs (tests/programs/limits)
  # quadratic: 10x the normal time budget.
  timeout_factor=$((timeout_factor * 10))
fi
if [[ "$timeout_factor" -ne 1 ]]; then
  program_args+=(--timeout-factor "$timeout_factor")
fi

run_unit_tests() {
  if [[ -x "$build_dir/bin/stk_runtime_tests" ]]; then
    run_suite "unit tests" ctest ctest --test-dir "$build_dir" -L unit -j2 --output-on-failure
  else
    skip_suite "unit tests" "no unit test binary (tests/unit/runtime has no test sources)"
  fi
}

run_program_suite() {
  local name="programs"
  if [[ "$mode_gc" -eq 1 ]]; then name="programs (GC stress)"; fi
  if [[ -f tests/tools/run_programs.py ]]; then
    run_suite "$name" runner "$python" tests/tools/run_programs.py "${program_args[@]}"
  else
    skip_suite "$name" "tests/tools/run_programs.py not present"
  fi
}

if [[ "$mode_tsan" -eq 1 ]]; then
  # Threads live in the debugger (VM thread, ticker, callers), stk-dap
  # (reader, outbox) and the trace recorder (its writer): their unit tests
  # and the end-to-end suite, against the TSan binaries.
  run_suite "unit tests (tsan)" ctest ctest --test-dir "$build_dir" -R "^(debugger|dap|trace)/" -j2 --output-on-failure
  run_suite "dap (tsan)" runner sh tests/dap/run.sh "$build_dir"
elif [[ "$mode_gc" -eq 1 ]]; then
  # The GC-stress run is the program suite only: the unit tests and the other
  # suites do not change under STK_GC_STRESS.
  run_program_suite
elif [[ "$mode_asan" -eq 1 || "$mode_switch" -eq 1 ]]; then
  run_unit_tests
  run_program_suite
  if [[ "$mode_asan" -eq 1 && -x tests/dap/run.sh && -x "$build_dir/bin/stk-dap" ]]; then
    # Malformed DAP input, disconnects and the threaded paths under ASan+UBSan.
    run_suite "dap (asan)" runner sh tests/dap/run.sh "$build_dir"
  fi
else
  run_unit_tests
  run_program_suite
  if [[ -f tests/tools/regen_expected.py ]]; then
    run_suite "expectations" regen "$python" tests/tools/regen_expected.py --check
  else
    skip_suite "expectations" "tests/tools/regen_expected.py not present"
  fi
  run_suite "cli" runner "$python" tests/cli/run_cli_tests.py --stk "$stk_bin"
  if [[ -f tests/trace/run_trace_tests.py ]]; then
    run_suite "trace" runner "$python" tests/trace/run_trace_tests.py --bin "$build_dir/bin"
  fi
  if [[ -x tests/dap/run.sh && -x "$build_dir/bin/stk-dap" ]]; then
    run_suite "dap" runner sh tests/dap/run.sh "$build_dir"
  fi
  if [[ -x dap/vscode/build.sh ]]; then
    run_suite "vscode extension" runner bash dap/vscode/build.sh
  fi
  run_suite "layering" runner "$python" tests/tools/check_layering.py --root "$root"
fi

header "summary"
for line in "${summary[@]}"; do
  echo "  $line"
done
echo
echo "$total_passed passed, $total_failed failed"
[[ "$total_failed" -eq 0 ]]
