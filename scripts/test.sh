#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (unit, GUI offscreen,
# integration against real servers the tests start on 127.0.0.1).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh" --test
"$root/scripts/build.sh"
cd "${MIXDESK_BUILD_DIR:-$root/build}"
ctest --output-on-failure -j "$(nproc)" "$@"
