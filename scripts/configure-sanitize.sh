#!/usr/bin/env bash
# Configures (once) the sanitizer and fuzzing build folder given as $1: clang,
# ASan+UBSan, libFuzzer instrumentation, no tcmalloc, no benchmarks.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$1"
if [[ ! -f "$build/build.ninja" ]]; then
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DMIXDESK_SANITIZE=address,undefined -DMIXDESK_FUZZ=ON -DMIXDESK_TCMALLOC=OFF \
    -DMIXDESK_BUILD_BENCH=OFF ${MIXDESK_SHARED_DIR:+-DMIXDESK_SHARED_DIR=$MIXDESK_SHARED_DIR} \
    "${launcher[@]}"
fi
