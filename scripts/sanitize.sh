#!/usr/bin/env bash
# Builds MixDesk's core, its tests and the fuzz harnesses with clang, AddressSanitizer
# and UndefinedBehaviorSanitizer (no tcmalloc) in a second build folder, and runs the
# core tests there: ctest -L core (unit tests, the CLI, the fuzz regression inputs).
# scripts/fuzz.sh fuzzes with the same folder.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${MIXDESK_SANITIZE_BUILD_DIR:-$root/build-sanitize}"
"$root/scripts/configure-sanitize.sh" "$build"
cmake --build "$build" -j "$(nproc)" --target core_tests
cd "$build"
# Leaks: Qt and vmime keep some objects until exit on purpose; memory errors and
# undefined behaviour are what this run is for.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
ctest --output-on-failure -L core -j "$(nproc)" --timeout 900 "$@"
