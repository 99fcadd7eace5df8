#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: unit, GUI offscreen and
# integration tests against real servers started on 127.0.0.1; then the core tests
# under ASan+UBSan (scripts/sanitize.sh) and a short fuzzing run (scripts/fuzz.sh,
# MIXDESK_FUZZ_SECONDS per harness, default 20). Prints each phase's time.
#   scripts/test.sh              everything (what .ci/run runs)
#   scripts/test.sh CTEST_ARGS   only the main build's ctest, with those arguments
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${MIXDESK_BUILD_DIR:-$root/build}"
declare -a phases=()
phase() { # phase NAME COMMAND...
    local name=$1 start=$SECONDS status=0
    shift
    echo "=== phase $name"
    "$@" || status=$?
    phases+=("$(printf '%-10s %5ds' "$name" $((SECONDS - start)))")
    if [[ $status -ne 0 ]]; then
        echo "=== phase $name failed ($status)"
        printf '%s\n' "${phases[@]}"
        exit "$status"
    fi
}
run_ctest() { (cd "$build" && ctest --output-on-failure -j "$(nproc)" "$@"); }

phase packages "$root/scripts/install-deps.sh" --test
phase build "$root/scripts/build.sh"
phase test run_ctest "$@"
if [[ $# -eq 0 ]]; then
    phase sanitize "$root/scripts/sanitize.sh"
    phase fuzz "$root/scripts/fuzz.sh" "${MIXDESK_FUZZ_SECONDS:-20}"
fi
echo "=== phase times"
printf '%s\n' "${phases[@]}"
